package org.thidua.awards.rules;

/** Who receives a title: a person (cá nhân) or a unit (tập thể). */
public enum TitleKind {
    INDIVIDUAL,
    COLLECTIVE
}

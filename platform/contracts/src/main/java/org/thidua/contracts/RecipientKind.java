package org.thidua.contracts;

/** Who a title or award is for: a unit (tập thể) or one of its members (cá nhân). */
public enum RecipientKind {
    UNIT,
    MEMBER
}

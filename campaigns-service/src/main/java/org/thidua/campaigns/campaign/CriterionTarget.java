package org.thidua.campaigns.campaign;

/** Whether a criterion assesses the unit as a whole (tập thể) or its members (cá nhân). */
public enum CriterionTarget {
    COLLECTIVE,
    INDIVIDUAL
}

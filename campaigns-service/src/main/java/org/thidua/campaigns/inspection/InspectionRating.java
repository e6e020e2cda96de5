package org.thidua.campaigns.inspection;

/** The inspector's overall rating of how the unit carries out its registration. */
public enum InspectionRating {
    EXCELLENT,
    GOOD,
    SATISFACTORY,
    UNSATISFACTORY
}

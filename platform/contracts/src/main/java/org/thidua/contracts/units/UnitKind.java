package org.thidua.contracts.units;

/** What kind of organisation a unit is. */
public enum UnitKind {
    /** An agency (cơ quan), e.g. the National Assembly Office itself. */
    AGENCY,
    /** A department (vụ, cục, trung tâm) inside an agency. */
    DEPARTMENT,
    /** A provincial office (văn phòng tỉnh). */
    PROVINCIAL_OFFICE
}

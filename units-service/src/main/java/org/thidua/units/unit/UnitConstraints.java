package org.thidua.units.unit;

/** The shape of a unit's fields, shared by the API and the CSV import. */
public final class UnitConstraints {

    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    public static final String CODE_MESSAGE = "must be letters, digits, '.', '_' or '-'";
    public static final String LANGUAGE_PATTERN = "vi|en";
    public static final String LANGUAGE_MESSAGE = "must be vi or en";
    public static final String KIND_PATTERN = "AGENCY|DEPARTMENT|PROVINCIAL_OFFICE";
    public static final String KIND_MESSAGE = "must be AGENCY, DEPARTMENT or PROVINCIAL_OFFICE";
    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 255;
    public static final int SHORT_NAME_MAX = 100;
    public static final int PROVINCE_MAX = 100;
    public static final int REASON_MAX = 2000;
    public static final String DEFAULT_LANGUAGE = "vi";

    private UnitConstraints() {}
}

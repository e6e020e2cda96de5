package org.thidua.contracts;

/** The review periods of a campaign year: mid-year review (sơ kết 6 tháng) and year-end review (tổng kết năm). */
public enum ReviewPeriod {
    MID_YEAR,
    YEAR_END
}

package org.thidua.notifications;

/** Placeholders for SQL IN lists, shared by the service's JDBC code. */
public final class SqlMarks {

    private SqlMarks() {
    }

    /** {@code ?,?,…} for an IN list of {@code count} values. */
    public static String of(int count) {
        return String.join(",", java.util.Collections.nCopies(count, "?"));
    }
}

package org.thidua.awards.decision;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Decision numbers: one counter row per organisation and year, locked ({@code SELECT ... FOR UPDATE}) and incremented
 * in the transaction that inserts the decision. Concurrent decisions queue on the row, so no two share a number; a
 * decision that rolls back rolls its increment back, so no number is skipped.
 */
@Singleton
public class DecisionNumbers {

    private final JdbcOperations jdbc;

    DecisionNumbers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the counter row if missing, in a transaction of its own: creating it inside the decision's transaction
     * would let two first decisions of a year deadlock on the new row.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureCounter(String organisation, int year) {
        jdbc.prepareStatement(
                "INSERT IGNORE INTO decision_counter (organisation, year, last_number) VALUES (?, ?, 0)", s -> {
                    s.setString(1, organisation);
                    s.setInt(2, year);
                    return s.executeUpdate();
                });
    }

    /** The next number, taken in the caller's transaction; the counter row stays locked until it ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String organisation, int year) {
        int last = jdbc.prepareStatement(
                "SELECT last_number FROM decision_counter WHERE organisation = ? AND year = ? " + "FOR UPDATE", s -> {
                    s.setString(1, organisation);
                    s.setInt(2, year);
                    try (var rs = s.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("No decision counter for " + organisation + " " + year);
                        }
                        return rs.getInt("last_number");
                    }
                });
        jdbc.prepareStatement("UPDATE decision_counter SET last_number = ? WHERE organisation = ? AND year = ?", s -> {
            s.setInt(1, last + 1);
            s.setString(2, organisation);
            s.setInt(3, year);
            return s.executeUpdate();
        });
        return last + 1;
    }
}

package org.thidua.messaging;

import io.micronaut.data.connection.exceptions.ConnectionException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;

/** Tells a transient failure (retry the same record later) from one retrying cannot fix (dead-letter it). */
final class Failures {

    private Failures() {}

    static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException // includes timeouts and lock/deadlock rollbacks
                    || t instanceof SQLTransactionRollbackException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException
                    || t instanceof ConnectionException
                    || t instanceof RetriableException
                    || t instanceof TimeoutException
                    || isLostConnection(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Connector/J reports a dead server as a plain SQLException with SQL state class 08 (connection exception). Hikari
     * then closes that connection, and the rollback that follows fails with its "Connection is closed" (no state),
     * which is all Micronaut's transaction manager reports (ADR 92).
     */
    private static boolean isLostConnection(Throwable t) {
        return t instanceof SQLException sql
                && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                        || "Connection is closed".equals(sql.getMessage()));
    }
}

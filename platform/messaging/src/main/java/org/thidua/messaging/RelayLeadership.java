package org.thidua.messaging;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which instance of a service relays its outbox: the one holding a MySQL/MariaDB named lock
 * ({@code GET_LOCK}) on a connection of its own. If that instance dies, the server drops the connection and the
 * lock, and another instance takes over on its next round. The lock name includes the schema, because lock names are
 * server-wide and several services may share one server.
 */
@Singleton
class RelayLeadership implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RelayLeadership.class);

    private final DataSource dataSource;
    private Connection connection;
    private boolean held;

    RelayLeadership(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /**
     * True when this instance holds (or just took) the relay lock. Called only by the relay thread, which then reads
     * and marks the outbox on {@link #connection()}: the session that holds the lock, so a relay whose session died
     * (and with it the lock) fails instead of relaying beside the new holder.
     */
    boolean holdOrAcquire() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            held = false;
        }
        if (!held) {
            try (PreparedStatement statement =
                            connection.prepareStatement("SELECT GET_LOCK(CONCAT('thidua_outbox:', DATABASE()), 0)");
                    ResultSet rs = statement.executeQuery()) {
                held = rs.next() && rs.getInt(1) == 1;
            }
            if (held) {
                LOG.info("This instance now relays the outbox");
            }
        }
        return held;
    }

    /** The lock holder's connection, in auto-commit; only while {@link #holdOrAcquire()} says the lock is held. */
    Connection connection() {
        return connection;
    }

    /**
     * After a failed round: drops the connection unless it still answers, so that the next round takes a new one
     * and asks for the lock again (the server released it with the old session).
     */
    void checkAfterFailure() {
        try {
            if (connection != null && !connection.isValid(2)) {
                LOG.warn("Outbox relay lost its lock connection; trying to take the lock again");
                closeQuietly();
            }
        } catch (SQLException e) {
            closeQuietly();
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        held = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the relay lock connection failed", e);
            }
            connection = null;
        }
    }
}

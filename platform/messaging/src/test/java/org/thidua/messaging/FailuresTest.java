package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.exceptions.DataAccessException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which failures are retried on the same record, and which send it to the dead letters. Plain JUnit. */
class FailuresTest {

    @Test
    void unreachableDatabaseOrBrokerAndDeadlocksAreTransient() {
        assertThat(Failures.isTransient(new DataAccessException("x", new SQLTransactionRollbackException("deadlock"))))
                .isTrue();
        assertThat(Failures.isTransient(new IllegalStateException(new SQLException("gone", "08S01"))))
                .isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new ConnectException("refused"))))
                .isTrue();
        assertThat(Failures.isTransient(new TimeoutException("slow"))).isTrue();
    }

    @Test
    void aRollbackOnTheConnectionHikariClosedAfterTheServerDiedIsTransient() {
        // what Micronaut's TransactionSystemException("Could not roll back JDBC transaction") carries after a kill -9
        assertThat(Failures.isTransient(new IllegalStateException(
                        "Could not roll back JDBC transaction", new SQLException("Connection is closed"))))
                .isTrue();
    }

    @Test
    void bugsAndBadDataAreNot() {
        assertThat(Failures.isTransient(new IllegalStateException("a bug"))).isFalse();
        assertThat(Failures.isTransient(new NullPointerException())).isFalse();
        assertThat(Failures.isTransient(new PoisonRecordException("not a CloudEvent")))
                .isFalse();
        assertThat(Failures.isTransient(new DataAccessException("x", new SQLException("duplicate", "23000"))))
                .isFalse();
    }
}

package org.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Plain JUnit: which failures mean "the database cannot be reached", and what the client then reads (ADR 92). */
class DatabaseUnavailableHandlerTest {

    private final DatabaseUnavailableHandler handler =
            new DatabaseUnavailableHandler(new ProblemErrorResponseProcessor(), Duration.ofSeconds(5));

    @Test
    void noConnectionWithinThePoolsTimeoutIsA503ProblemWithRetryAfterThatSaysNothingOfTheInternals() {
        // what Micronaut Data throws when Hikari gave up after its connection-timeout
        RuntimeException failure = new IllegalStateException(
                "Failed to obtain a JDBC connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"
                        + " after 3000ms (total=0, active=0, idle=0, waiting=0)"));

        HttpResponse<?> response = handler.handle(HttpRequest.POST("/api/v1/units", "{}"), failure);

        assertThat(response.getStatus().getCode()).isEqualTo(503);
        assertThat(response.getHeaders().get("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType())
                .hasValueSatisfying(type -> assertThat(type.toString()).isEqualTo(Problem.MEDIA_TYPE));
        Problem problem = (Problem) response.body();
        assertThat(problem.type()).isEqualTo("https://thidua.org/problems/unavailable");
        assertThat(problem.status()).isEqualTo(503);
        assertThat(problem.instance()).isEqualTo("/api/v1/units");
        assertThat(problem.detail())
                .startsWith("Dịch vụ tạm thời không khả dụng")
                .doesNotContain("Hikari")
                .doesNotContain("JDBC")
                .doesNotContain("3000");
    }

    @Test
    void aConnectionLostMidStatementIsUnreachableButADeadlockOrADuplicateKeyIsNot() {
        // Connector/J's CommunicationsException: SQL state 08S01 ("communication link failure")
        SQLException lost = new SQLException("Communications link failure", "08S01");
        assertThat(DatabaseUnavailableHandler.isDatabaseUnreachable(
                        new RuntimeException("wrapped", new RuntimeException(lost))))
                .isTrue();
        assertThat(DatabaseUnavailableHandler.isDatabaseUnreachable(
                        new RuntimeException(new SQLException("Could not create connection", "08001"))))
                .isTrue();
        // the statement failed on the killed server, Hikari closed the connection, and the rollback then failed:
        // Micronaut's TransactionSystemException carries only the rollback's failure
        assertThat(DatabaseUnavailableHandler.isDatabaseUnreachable(new IllegalStateException(
                        "Could not roll back JDBC transaction", new SQLException("Connection is closed"))))
                .isTrue();
        assertThat(DatabaseUnavailableHandler.isDatabaseUnreachable(
                        new RuntimeException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213))))
                .isFalse();
        assertThat(DatabaseUnavailableHandler.isDatabaseUnreachable(
                        new RuntimeException(new SQLIntegrityConstraintViolationException("Duplicate", "23000", 1062))))
                .isFalse();
        assertThat(DatabaseUnavailableHandler.isDatabaseUnreachable(new IllegalStateException("bug")))
                .isFalse();
    }

    @Test
    void anyOtherUnhandledFailureStaysA500ProblemThatNamesNoInternals() {
        HttpResponse<?> response = handler.handle(
                HttpRequest.GET("/api/v1/units"), new IllegalStateException("NullPointer in UnitService line 42"));

        assertThat(response.getStatus().getCode()).isEqualTo(500);
        Problem problem = (Problem) response.body();
        assertThat(problem.type()).isEqualTo("https://thidua.org/problems/internal");
        assertThat(problem.detail()).doesNotContain("UnitService");
        assertThat(response.getHeaders().contains("Retry-After")).isFalse();
    }
}

package org.thidua.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request that needed the database while it cannot be reached (a restart, a failover) answers 503
 * {@code application/problem+json} with {@code Retry-After}, as soon as the pool gives up waiting for a connection
 * (its {@code connection-timeout}, a few seconds), instead of a 500 after 30 s (ADR 92). The transaction rolled back,
 * so nothing was written and nothing was put in the outbox. Which wrapper carries the driver's failure (Hikari's
 * {@link SQLTransientConnectionException}, Micronaut Data's connection and transaction exceptions, a
 * {@code DataAccessException} around a connection lost mid-statement) does not matter: the cause chain decides.
 *
 * <p>Any other unhandled exception is answered as Micronaut answers it without this handler: logged, and a 500
 * problem that says nothing of the internals. Every more specific handler (ProblemException, validation, unreadable
 * requests, HTTP statuses) still wins: Micronaut picks the handler of the closest exception type.
 */
@Singleton
@Produces(Problem.MEDIA_TYPE)
public class DatabaseUnavailableHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

    /**
     * What Hikari's proxy says when a connection it has already evicted is used again: a statement failed on a lost
     * connection (state 08), Hikari closed it, and the transaction manager's rollback then fails with this; Micronaut
     * reports the rollback's failure ("Could not roll back JDBC transaction") and not the statement's.
     */
    private static final String HIKARI_CLOSED = "Connection is closed";

    static final String DETAIL = "Dịch vụ tạm thời không khả dụng, xin thử lại sau ít giây."
            + " (The service is temporarily unavailable; please retry in a few seconds.)";

    private final ErrorResponseProcessor<?> errors;
    private final long retryAfterSeconds;

    DatabaseUnavailableHandler(
            ErrorResponseProcessor<?> errors, @Value("${thidua.web.retry-after:5s}") Duration retryAfter) {
        this.errors = errors;
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (isDatabaseUnreachable(exception)) {
            LOG.warn(
                    "{} {} answered 503: the database cannot be reached ({})",
                    request.getMethod(),
                    request.getPath(),
                    rootMessage(exception));
            ProblemType type = ProblemType.UNAVAILABLE;
            return ProblemResponses.of(new Problem(
                            type.uri(),
                            type.title(),
                            type.status().getCode(),
                            DETAIL,
                            ProblemResponses.instance(request),
                            null,
                            null,
                            null))
                    .header("Retry-After", Long.toString(retryAfterSeconds));
        }
        LOG.error("Unexpected error occurred: {}", exception.getMessage(), exception);
        return errors.processResponse(
                ErrorContext.builder(request)
                        .cause(exception)
                        .errorMessage("Internal Server Error")
                        .build(),
                HttpResponse.serverError());
    }

    /**
     * True when {@code failure} comes from a database that cannot be reached: no connection within the pool's
     * timeout, a connection refused or lost (SQL state class 08, "connection exception"). A deadlock, a constraint or
     * a syntax error is not one.
     */
    static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08")
                    || t instanceof SQLException closed && HIKARI_CLOSED.equals(closed.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

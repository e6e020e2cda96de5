package org.thidua.testing;

import static org.thidua.testing.AuthorizationMatrixTest.OPERATIONS;
import static org.thidua.testing.AuthorizationMatrixTest.PUBLIC;
import static org.thidua.testing.AuthorizationMatrixTest.row;

import java.util.List;
import org.thidua.testing.AuthorizationMatrixTest.Row;

/**
 * The rows of {@link AuthorizationMatrixTest#COMMON_ROWS}: the routes every service has, management endpoints (health
 * and Prometheus public, the others ADMIN's and the operator's) and the dead-letter operations and operations status
 * of platform/messaging (ADMIN's and the operator's; ADR 93).
 */
final class CommonRows {

    private CommonRows() {}

    static final List<Row> ROWS = List.of(
            row("GET", "/health").allow(PUBLIC),
            row("GET", "/health/{selector}", "/health/liveness").allow(PUBLIC),
            row("GET", "/prometheus").allow(PUBLIC),
            row("GET", "/info").allow(OPERATIONS),
            row("GET", "/swagger-ui").allow(PUBLIC),
            row("GET", "/routes").allow(OPERATIONS),
            row("GET", "/threaddump").allow(OPERATIONS),
            row("GET", "/flyway").allow(OPERATIONS),
            row("GET", "/metrics").allow(OPERATIONS),
            row("GET", "/metrics/{name}", "/metrics/jvm.memory.used").allow(OPERATIONS),
            row("GET", "/api/v1/dead-letters").allow(OPERATIONS),
            row("GET", "/api/v1/dead-letters/{id}", "/api/v1/dead-letters/1").allow(OPERATIONS),
            row("GET", "/api/v1/dead-letters/replays").allow(OPERATIONS),
            row("POST", "/api/v1/dead-letters/{id}/replay", "/api/v1/dead-letters/1/replay")
                    .allow(OPERATIONS),
            row("POST", "/api/v1/dead-letters/replay").allow(OPERATIONS),
            row("GET", "/api/v1/operations/status").allow(OPERATIONS),
            row("GET", "/api/v1/traces", "/api/v1/traces?eventId=1e0c5a36-8f1b-4f5e-9a35-3c52a07d1e11")
                    .allow(OPERATIONS),
            row("GET", "/api/v1/traces/{traceId}", "/api/v1/traces/4bf92f3577b34da6a3ce929d0e0e4736")
                    .allow(OPERATIONS));
}

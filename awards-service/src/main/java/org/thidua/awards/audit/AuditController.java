package org.thidua.awards.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.thidua.security.Roles;
import org.thidua.web.ProblemAnswers;

/** The audit of changes to the service's legal data (rule sets, holidays), newest first: ADMIN only. */
@Secured(Roles.ADMIN)
@Controller("/api/v1")
@Tag(name = "audit")
@ProblemAnswers
public class AuditController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditRepository entries;

    AuditController(AuditRepository entries) {
        this.entries = entries;
    }

    @Get("/audit{?subject}")
    @Operation(summary = "The audit of legal data", description = """
            Who changed what and why, newest first; subject narrows it to one thing, e.g. rule-set:vn-2018 \\
            (actions RULE_SET_SUPERSEDED, RULE_SET_RETIRED; actor: the token's subject, or system for what the \\
            service did at start-up).""")
    @Transactional(readOnly = true)
    List<AuditView> list(@Nullable @QueryValue String subject) {
        List<AuditEntry> found =
                subject == null ? entries.findAllOrderByIdDesc() : entries.findBySubjectOrderByIdDesc(subject);
        return found.stream().map(AuditController::view).toList();
    }

    private static AuditView view(AuditEntry e) {
        try {
            return new AuditView(
                    e.id(),
                    e.at(),
                    e.actor(),
                    e.action(),
                    e.subject(),
                    JSON.readValue(e.detail(), new TypeReference<Map<String, Object>>() {}));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** One entry; {@code detail} as it was recorded (e.g. reason, supersededId, supersedingId). */
    @Serdeable
    public record AuditView(
            long id,
            Instant at,
            String actor,
            String action,
            String subject,

            @Schema(
                    type = "object",
                    additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                    description = "what was recorded with the change, e.g. reason, supersededId, supersedingId")
            Map<String, Object> detail) {}
}

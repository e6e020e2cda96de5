package org.thidua.awards.audit;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import org.thidua.awards.Dates;
import org.thidua.persistence.JsonColumns;

/**
 * Writes the audit of changes to legal data, in the transaction of the change itself: a change that rolls back
 * leaves no entry, and no change is without one.
 */
@Singleton
public class Audit {

    private final AuditRepository entries;

    Audit(AuditRepository entries) {
        this.entries = entries;
    }

    /** Records that {@code actor} did {@code action} on {@code subject}; {@code detail} is stored as JSON. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public AuditEntry record(String actor, String action, String subject, Map<String, ?> detail) {
        return entries.save(new AuditEntry(null, Dates.now(), actor, action, subject, JsonColumns.write(detail)));
    }
}

package org.thidua.awards.decision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An award decision (quyết định khen thưởng): {@code number} is {@code <seq>/QĐ-<organisation>}, {@code seq}
 * consecutive per organisation and year of {@code decisionDate} (the day it was signed). Immutable once issued; its
 * awards can be revoked one by one. {@code ruleSetId} and {@code baseSalary}: the rule set and base salary in force on
 * the day it was signed, kept as issued and never recomputed (null on decisions issued before issue 16).
 */
@MappedEntity("decision")
public record Decision(
        @Id String id,
        String organisation,
        int year,
        int seq,
        String number,
        LocalDate decisionDate,
        String signerName,
        String signerPosition,
        @Nullable String issuedBy,
        Instant createdAt,
        @Nullable String ruleSetId,
        @Nullable BigDecimal baseSalary) {

    public static String number(int seq, String organisation) {
        return seq + "/QĐ-" + organisation;
    }
}

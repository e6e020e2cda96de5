package org.thidua.awards.decision;

import java.time.Instant;
import java.time.LocalDate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * An award decision (quyết định khen thưởng): {@code number} is {@code <seq>/QĐ-<organisation>}, {@code seq}
 * consecutive per organisation and year. Immutable once issued; its awards can be revoked one by one.
 */
@MappedEntity("decision")
public record Decision(@Id String id, String organisation, int year, int seq, String number, LocalDate decisionDate,
        String signerName, String signerPosition, @Nullable String issuedBy, Instant createdAt) {

    public static String number(int seq, String organisation) {
        return seq + "/QĐ-" + organisation;
    }
}

package org.thidua.campaigns.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** One criterion (tiêu chí) of a campaign's criteria set, in its group, with its maximum points. */
@MappedEntity("criterion")
public record Criterion(
        @Id @GeneratedValue @Nullable Long id,
        String campaignId,
        int position,
        String groupName,
        String code,
        String name,
        BigDecimal maxPoints,
        CriterionTarget appliesTo) {}

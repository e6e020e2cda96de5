package org.thidua.awards.ruleset;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The base salary (lương cơ sở) in VND from {@code effectiveFrom}, and where that figure comes from. */
@Serdeable
@MappedEntity("base_salary")
public record BaseSalaryRow(
        @Id LocalDate effectiveFrom,
        BigDecimal amount,
        @Nullable String source) {}

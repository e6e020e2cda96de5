package org.thidua.units.importing;

import java.util.Set;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Bean validation of one CSV row, its violations reported as {@code rows[N].column}. */
@Singleton
public class RowValidator {

    private final Validator validator;

    RowValidator(Validator validator) {
        this.validator = validator;
    }

    /** True when {@code row} is valid; otherwise its violations are added to {@code problems}. */
    public <T> boolean validate(T bean, CsvTable.Row row, RowProblems problems) {
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> problems.add(row, v.getPropertyPath().toString(), v.getMessage()));
        return violations.isEmpty();
    }
}

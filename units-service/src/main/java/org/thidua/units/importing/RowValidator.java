package org.thidua.units.importing;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Bean validation of one CSV row, its violations reported as {@code rows[N].column}. */
@Singleton
public class RowValidator {

    private final Validator validator;

    RowValidator(Validator validator) {
        this.validator = validator;
    }

    /** A row of a file that read and validated, with what it holds. */
    public record Valid<T>(CsvTable.Row row, T value) {}

    /**
     * Every row of {@code table} that reads and validates as a {@code T}; the problems of the others are added to
     * {@code problems} (the import goes on checking, so that the report lists every bad row).
     */
    public <T> List<Valid<T>> validRows(CsvTable table, Function<CsvTable.Row, T> reader, RowProblems problems) {
        List<Valid<T>> valid = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (row.problem() != null) {
                problems.add(row, null, row.problem());
                continue;
            }
            T value = reader.apply(row);
            if (validate(value, row, problems)) {
                valid.add(new Valid<>(row, value));
            }
        }
        return valid;
    }

    /** True when {@code row} is valid; otherwise its violations are added to {@code problems}. */
    public <T> boolean validate(T bean, CsvTable.Row row, RowProblems problems) {
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath()
                        .toString()
                        .compareTo(b.getPropertyPath().toString()))
                .forEach(v -> problems.add(row, v.getPropertyPath().toString(), v.getMessage()));
        return violations.isEmpty();
    }
}

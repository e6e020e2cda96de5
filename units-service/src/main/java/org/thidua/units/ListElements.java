package org.thidua.units;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.thidua.web.Problem;
import org.thidua.web.ProblemException;

/**
 * Validates the elements of a list in a request body and names each violation {@code list[i]} or
 * {@code list[i].property}, the way a client addresses what it sent. (Constraints on list elements,
 * {@code List<@Valid T>} or {@code List<@NotBlank String>}, are named {@code list.property[i]} and
 * {@code list.<list element>[i]} by the platform's handler.)
 */
@Singleton
public class ListElements {

    private final Validator validator;

    ListElements(Validator validator) {
        this.validator = validator;
    }

    /** @throws ProblemException 400 naming every {@code name[i]} that is blank or longer than {@code maxLength} */
    public void requireIds(String name, List<String> ids, int maxLength) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank()) {
                violations.add(new Problem.Violation(name + "[" + i + "]", "must not be blank"));
            } else if (id.length() > maxLength) {
                violations.add(new Problem.Violation(name + "[" + i + "]", "size must be between 1 and " + maxLength));
            }
        }
        throwIfAny(violations);
    }

    /** @throws ProblemException 400 naming every invalid {@code name[i].property} */
    public <T> void validate(String name, List<T> elements) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == null) {
                violations.add(new Problem.Violation(name + "[" + i + "]", "must not be null"));
                continue;
            }
            for (ConstraintViolation<T> violation : validator.validate(elements.get(i))) {
                violations.add(new Problem.Violation(
                        name + "[" + i + "]." + violation.getPropertyPath(), violation.getMessage()));
            }
        }
        throwIfAny(violations);
    }

    private static void throwIfAny(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Problem.Violation::field));
            throw ProblemException.invalid(
                    violations.stream()
                            .map(v -> v.field() + ": " + v.message())
                            .reduce((a, b) -> a + "; " + b)
                            .orElseThrow(),
                    violations);
        }
    }
}

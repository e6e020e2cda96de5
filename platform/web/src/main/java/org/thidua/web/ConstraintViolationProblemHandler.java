package org.thidua.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bean validation failures as a 400 problem whose violations name the JSON property or query parameter. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationProblemHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            violations.add(new Problem.Violation(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.Violation::field));
        String detail = violations.stream()
                .map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("Invalid request");
        ProblemType type = ProblemType.VALIDATION;
        return ProblemResponses.of(new Problem(
                type.uri(),
                type.title(),
                type.status().getCode(),
                detail,
                ProblemResponses.instance(request),
                violations,
                null,
                null));
    }

    /**
     * The path as a client knows it: {@code create.request.name} (method, body parameter, property) becomes
     * {@code name}; {@code list.size} (method, query parameter) becomes {@code size}; an element of a list is named
     * with its index, {@code contacts[1].email} or {@code unitIds[0]}.
     */
    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        int parameters = 0;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameters++;
            }
            if (node.isInIterable() && !names.isEmpty()) {
                // the index belongs to the container before it: contacts[1].email, unitIds[0]
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                names.set(
                        names.size() - 1, names.get(names.size() - 1) + "[" + (position == null ? "" : position) + "]");
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            names.add(node.getName());
        }
        if (names.size() > 1 && parameters > 0) {
            names.remove(0);
        }
        return names.isEmpty() ? "request" : String.join(".", names);
    }
}

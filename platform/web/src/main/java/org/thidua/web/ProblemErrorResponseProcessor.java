package org.thidua.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Every error Micronaut itself raises (unknown route, unreadable JSON, wrong method, internal error) in the same
 * problem format as our own.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.getStatus().getCode();
        ProblemType type = ProblemType.forStatus(status);
        List<Problem.Violation> violations = new ArrayList<>();
        StringBuilder detail = new StringBuilder();
        for (Error error : context.getErrors()) {
            error.getPath().ifPresent(path -> violations.add(new Problem.Violation(path, error.getMessage())));
            if (!detail.isEmpty()) {
                detail.append("; ");
            }
            detail.append(error.getMessage());
        }
        if (type == ProblemType.INTERNAL) {
            detail.setLength(0);
            detail.append("An unexpected error occurred; it has been logged.");
        }
        Problem problem = new Problem(
                type.uri(),
                type.title(),
                status,
                detail.isEmpty() ? null : detail.toString(),
                ProblemResponses.instance(context.getRequest()),
                violations.isEmpty() ? null : violations,
                null,
                null);
        return response.body(problem).contentType(Problem.MEDIA_TYPE);
    }
}

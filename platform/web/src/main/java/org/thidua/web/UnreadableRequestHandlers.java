package org.thidua.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JacksonExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request that cannot be read (broken JSON, a value of the wrong type, a refused value, a query parameter that is
 * not a number) answers 400 in plain words: what is wrong, which field, and where in the body. Never the reader's
 * own message, which names Java classes and library features (ADR 8).
 */
public final class UnreadableRequestHandlers {

    /** Jackson and Micronaut Serialization put the position of a failure as "line: 1, column: 22" in messages. */
    private static final Pattern POSITION = Pattern.compile("line: (\\d+), column: (\\d+)");

    private UnreadableRequestHandlers() {}

    static HttpResponse<Problem> problem(HttpRequest<?> request, Throwable failure, String argument, boolean body) {
        JsonValueRefused refused = cause(failure, JsonValueRefused.class);
        if (refused != null) {
            return ProblemResponses.of(validation(request, refused.field(), refused.reason()));
        }
        String position = position(failure);
        if (cause(failure, JsonProcessingException.class) != null || failure instanceof JsonSyntaxException) {
            ProblemType type = ProblemType.MALFORMED;
            return ProblemResponses.of(new Problem(
                    type.uri(),
                    type.title(),
                    type.status().getCode(),
                    "The body is not valid JSON" + position + ".",
                    ProblemResponses.instance(request),
                    null,
                    null,
                    null));
        }
        if (body || cause(failure, SerdeException.class) != null) {
            return ProblemResponses.of(
                    validation(request, "request", "has a value of the wrong type or shape" + position));
        }
        return ProblemResponses.of(validation(request, argument, "has the wrong type"));
    }

    private static Problem validation(HttpRequest<?> request, String field, String message) {
        ProblemType type = ProblemType.VALIDATION;
        return new Problem(
                type.uri(),
                type.title(),
                type.status().getCode(),
                field + ": " + message,
                ProblemResponses.instance(request),
                List.of(new Problem.Violation(field, message)),
                null,
                null);
    }

    /** " (line 1, column 22)" when the failure says where in the body it is; empty otherwise. */
    private static String position(Throwable failure) {
        JsonProcessingException json = cause(failure, JsonProcessingException.class);
        if (json != null && json.getLocation() != null && json.getLocation() != JsonLocation.NA) {
            return " (line " + json.getLocation().getLineNr() + ", column "
                    + json.getLocation().getColumnNr() + ")";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Matcher matcher = t.getMessage() == null ? null : POSITION.matcher(t.getMessage());
            if (matcher != null && matcher.find()) {
                return " (line " + matcher.group(1) + ", column " + matcher.group(2) + ")";
            }
        }
        return "";
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** A body or parameter that could not be converted to what the route takes. */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    @Replaces(ConversionErrorHandler.class)
    public static class Conversion implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
            boolean body = exception.getArgument().getAnnotationMetadata().hasAnnotation(Body.class);
            return problem(request, exception, exception.getArgument().getName(), body);
        }
    }

    /** A body that is not JSON at all. */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    @Replaces(JsonExceptionHandler.class)
    public static class Syntax implements ExceptionHandler<JsonSyntaxException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, JsonSyntaxException exception) {
            return problem(request, exception, "request", true);
        }
    }

    /** A failure of the JSON parser that reached the server on its own. */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    @Replaces(JacksonExceptionHandler.class)
    public static class Parser implements ExceptionHandler<JsonProcessingException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, JsonProcessingException exception) {
            return problem(request, exception, "request", true);
        }
    }
}

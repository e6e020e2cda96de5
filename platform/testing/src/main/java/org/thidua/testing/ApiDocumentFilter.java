package org.thidua.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks every call a test's injected {@code @Client} makes to the service's {@code /api} against the OpenAPI
 * document that service serves ({@link ServedApiDocument}): the request, the status, the headers and the body of
 * the answer, with Atlassian's swagger-request-validator. A mismatch fails the call, and so the test that made it,
 * with a report that names the operation, the status and what differs (ADR 0013).
 * <p>
 * A refused request (a 4xx) is often one the document forbids on purpose, so only the answer is checked then: it
 * must be a documented problem. A client of a test's own ({@code HttpClient.create}, as {@link
 * AuthorizationMatrixTest} uses) is not filtered and so not checked.
 */
@ClientFilter("/api/**")
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiDocumentFilter {

    private final ServedApiDocument document;
    private final JsonMapper json;

    ApiDocumentFilter(ServedApiDocument document, JsonMapper json) {
        this.document = document;
        this.json = json;
    }

    @ResponseFilter
    public void answered(HttpRequest<?> request, HttpResponse<?> response) {
        check(request, response);
    }

    @ResponseFilter
    public void refused(HttpRequest<?> request, HttpClientResponseException refusal) {
        check(request, refusal.getResponse());
    }

    private void check(HttpRequest<?> request, HttpResponse<?> response) {
        document.validator()
                .flatMap(validator -> mismatch(validator, document.serviceName(), request(request), response(response)))
                .ifPresent(report -> {
                    throw new ApiDocumentMismatch(report);
                });
    }

    /**
     * What the document of {@code service} does not say about this call, as a report naming the operation, the
     * status and each difference; empty when it says it all. For a 4xx answer only the answer counts.
     */
    static Optional<String> mismatch(
            OpenApiInteractionValidator validator, String service, Request request, Response response) {
        ValidationReport report = validator.validate(request, response);
        if (response.getStatus() >= 400 && response.getStatus() < 500) {
            report = ValidationReport.from(report.getMessages().stream()
                    .filter(m -> !m.getKey().startsWith("validation.request."))
                    .toList());
        }
        if (!report.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "%s %s answered %d, which %s's OpenAPI document does not say:%n%s",
                request.getMethod(),
                target(request),
                response.getStatus(),
                service,
                SimpleValidationReportFormat.getInstance().apply(report)));
    }

    private static String target(Request request) {
        String query = request.getQueryParameters().stream()
                .flatMap(name -> request.getQueryParameterValues(name).stream().map(value -> name + "=" + value))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? request.getPath() : request.getPath() + "?" + query;
    }

    private Request request(HttpRequest<?> request) {
        SimpleRequest.Builder built = new SimpleRequest.Builder(request.getMethodName(), request.getPath());
        request.getHeaders().forEach((name, values) -> built.withHeader(name, values));
        request.getParameters().forEach((name, values) -> built.withQueryParam(name, values));
        request.getBody().ifPresent(body -> built.withBody(bytes(body)));
        return built.build();
    }

    private static SimpleResponse response(HttpResponse<?> response) {
        SimpleResponse.Builder built =
                new SimpleResponse.Builder(response.getStatus().getCode());
        response.getHeaders().forEach((name, values) -> built.withHeader(name, values));
        response.getBody(byte[].class).filter(body -> body.length > 0).ifPresent(built::withBody);
        return built.build();
    }

    private byte[] bytes(Object body) {
        if (body instanceof byte[] raw) {
            return raw;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A call the service's own OpenAPI document does not describe. */
    public static final class ApiDocumentMismatch extends RuntimeException {

        ApiDocumentMismatch(String report) {
            super(report);
        }
    }
}

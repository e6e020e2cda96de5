package org.thidua.testing;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.methodIs;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsSubstring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;


import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.swagger.v3.oas.models.PathItem;
import jakarta.inject.Singleton;

/**
 * The OpenAPI document the service under test serves at {@code /swagger/<service>.yml}, read once when its server
 * has started, as the validator that {@link ApiDocumentFilter} checks every API test's call with (ADR 0013).
 */
@Singleton
public class ServedApiDocument {

    private final String serviceName;
    private volatile OpenApiInteractionValidator validator;

    ServedApiDocument(@Value("${micronaut.application.name}") String serviceName) {
        this.serviceName = serviceName;
    }

    @EventListener
    void read(ServerStartupEvent started) {
        URI uri = started.getSource().getURI().resolve("/swagger/" + serviceName + ".yml");
        String document = fetch(uri);
        validator = validatorOf(document);
    }

    /**
     * The validator of {@code document}, configured once: combinators resolved, so that a nullable reference
     * ({@code nullable: true} beside {@code allOf: [$ref]}, as micronaut-openapi writes a {@code @Nullable} record)
     * accepts null; unknown properties in a request body are let through, because the services ignore them
     * (tests send some on purpose to show that); unknown properties in an answer are still a mismatch.
     */
    static OpenApiInteractionValidator validatorOf(String document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withResolveRefs(true)
                .withResolveCombinators(true)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                .withWhitelist(ValidationErrorsWhitelist.create().withRule("awards-service takes a rule set as the "
                        + "text it keeps, which micronaut-openapi documents as a string whatever the annotations say",
                        allOf(isRequest(), methodIs(PathItem.HttpMethod.POST), pathContainsSubstring("/rule-sets"),
                                messageHasKey("validation.request.body.schema.type"))))
                .build();
    }

    /** The validator of the served document; empty in a context without a server of its own. */
    Optional<OpenApiInteractionValidator> validator() {
        return Optional.ofNullable(validator);
    }

    String serviceName() {
        return serviceName;
    }

    private static String fetch(URI uri) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": the service serves "
                        + "no OpenAPI document to check its API tests against");
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

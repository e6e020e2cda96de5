package org.thidua.testing;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isRequest;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.methodIs;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsSubstring;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Reads the document of a service, one whose build generated {@code META-INF/swagger/<service>.yml}; a platform
     * module's own test application generates none, and its calls have nothing to be checked against.
     */
    @EventListener
    void read(ServerStartupEvent started) {
        if (ServedApiDocument.class.getClassLoader().getResource("META-INF/swagger/" + serviceName + ".yml") == null) {
            return;
        }
        URI uri = started.getSource().getURI().resolve("/swagger/" + serviceName + ".yml");
        String document = fetch(uri);
        validator = validatorOf(document);
    }

    /**
     * The validator of {@code document}, configured once. A nullable reference ({@code nullable: true} beside
     * {@code allOf: [$ref]}, as micronaut-openapi writes a {@code @Nullable} record or enum) is read as OpenAPI 3.0
     * means it, null or what it references, which the validator does not do by itself. Unknown properties in a
     * request body are let through, because the services ignore them (tests send some on purpose to show that).
     */
    static OpenApiInteractionValidator validatorOf(String document) {
        OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();
        readNullableReferences(api);
        return OpenApiInteractionValidator.createFor(api)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                .withWhitelist(ValidationErrorsWhitelist.create()
                        .withRule(
                                "awards-service takes a rule set as the "
                                        + "text it keeps, which micronaut-openapi documents as a string whatever the annotations say",
                                allOf(
                                        isRequest(),
                                        methodIs(PathItem.HttpMethod.POST),
                                        pathContainsSubstring("/rule-sets"),
                                        messageHasKey("validation.request.body.schema.type"))))
                .build();
    }

    private static void readNullableReferences(OpenAPI api) {
        Map<String, Schema> components =
                api.getComponents() == null || api.getComponents().getSchemas() == null
                        ? Map.of()
                        : api.getComponents().getSchemas();
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        components.values().forEach(schema -> nullableReferences(schema, components, seen));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getParameters() != null) {
                        operation
                                .getParameters()
                                .forEach(parameter ->
                                        parameter.setSchema(inlined(parameter.getSchema(), components, seen)));
                    }
                    if (operation.getRequestBody() != null) {
                        contents(operation.getRequestBody().getContent(), components, seen);
                    }
                    if (operation.getResponses() != null) {
                        operation.getResponses().values().forEach(r -> contents(r.getContent(), components, seen));
                    }
                }));
    }

    private static void contents(Content content, Map<String, Schema> components, Set<Schema<?>> seen) {
        if (content != null) {
            content.values().forEach(media -> media.setSchema(inlined(media.getSchema(), components, seen)));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableReferences(Schema<?> schema, Map<String, Schema> components, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().replaceAll((name, property) -> inlined(property, components, seen));
        }
        if (schema.getItems() != null) {
            ((Schema) schema).setItems(inlined(schema.getItems(), components, seen));
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            schema.setAdditionalProperties(inlined(values, components, seen));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema inlined(Schema<?> schema, Map<String, Schema> components, Set<Schema<?>> seen) {
        if (schema == null) {
            return null;
        }
        nullableReferences(schema, components, seen);
        if (!Boolean.TRUE.equals(schema.getNullable())
                || schema.getAllOf() == null
                || schema.getAllOf().size() != 1
                || schema.getAllOf().get(0).get$ref() == null) {
            return schema;
        }
        String ref = schema.getAllOf().get(0).get$ref();
        Schema target = components.get(ref.substring(ref.lastIndexOf('/') + 1));
        if (target == null) {
            return schema;
        }
        Schema copy = new Schema();
        copy.setType(target.getType());
        copy.setFormat(target.getFormat());
        copy.setProperties(target.getProperties());
        copy.setRequired(target.getRequired());
        copy.setEnum(target.getEnum());
        copy.setItems(target.getItems());
        copy.setAdditionalProperties(target.getAdditionalProperties());
        copy.setDescription(schema.getDescription());
        copy.setNullable(true);
        return copy;
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
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
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

package org.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import org.junit.jupiter.api.Test;

/** What the filter lets through and what it reports, against a small document of one operation. */
class ApiDocumentFilterTest {

    private static final String DOCUMENT = """
            openapi: 3.0.1
            info: {title: things-service, version: v1}
            paths:
              /api/v1/things:
                get:
                  operationId: list
                  parameters:
                  - {name: size, in: query, schema: {type: integer, minimum: 1}}
                  responses:
                    "200":
                      description: the things
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: "#/components/schemas/Thing"}}
                    "4XX":
                      description: refused
                      content:
                        application/problem+json:
                          schema: {$ref: "#/components/schemas/Problem"}
            components:
              schemas:
                Thing:
                  required: [name]
                  type: object
                  properties:
                    name: {type: string}
                    owner: {nullable: true, allOf: [{$ref: "#/components/schemas/Owner"}]}
                Owner:
                  required: [id]
                  type: object
                  properties: {id: {type: string}}
                Problem:
                  required: [type, title, status]
                  type: object
                  properties: {type: {type: string}, title: {type: string}, status: {type: integer}}
            """;

    private final OpenApiInteractionValidator validator = ServedApiDocument.validatorOf(DOCUMENT);

    @Test
    void aCallTheDocumentDescribesPasses() {
        assertThat(ApiDocumentFilter.mismatch(
                        validator,
                        "things-service",
                        SimpleRequest.Builder.get("/api/v1/things")
                                .withQueryParam("size", "2")
                                .build(),
                        json(200, "[{\"name\":\"a\"}]")))
                .isEmpty();
    }

    @Test
    void aNullableReferenceIsNullOrWhatItReferencesButNothingElse() {
        SimpleRequest list = SimpleRequest.Builder.get("/api/v1/things").build();
        assertThat(ApiDocumentFilter.mismatch(
                        validator,
                        "things-service",
                        list,
                        json(200, "[{\"name\":\"a\",\"owner\":null},{\"name\":\"b\",\"owner\":{\"id\":\"o\"}}]")))
                .isEmpty();
        assertThat(ApiDocumentFilter.mismatch(
                        validator, "things-service", list, json(200, "[{\"name\":\"a\",\"owner\":{\"id\":7}}]")))
                .isPresent();
    }

    @Test
    void anAnswerTheDocumentDoesNotDescribeIsReportedWithTheOperationTheStatusAndWhatDiffers() {
        assertThat(ApiDocumentFilter.mismatch(
                        validator,
                        "things-service",
                        SimpleRequest.Builder.get("/api/v1/things")
                                .withQueryParam("size", "2")
                                .build(),
                        json(200, "[{\"name\":7}]")))
                .hasValueSatisfying(report -> assertThat(report)
                        .contains("GET /api/v1/things?size=2 answered 200, which things-service's OpenAPI document")
                        .contains("[RESPONSE]")
                        .contains("/0/name")
                        .contains("integer"));
    }

    @Test
    void anUndocumentedStatusIsReported() {
        assertThat(ApiDocumentFilter.mismatch(
                        validator,
                        "things-service",
                        SimpleRequest.Builder.get("/api/v1/things").build(),
                        json(201, "[]")))
                .hasValueSatisfying(report -> assertThat(report).contains("201"));
    }

    @Test
    void aRefusalOfARequestTheDocumentForbidsPassesWhenItIsADocumentedProblem() {
        SimpleRequest forbidden = SimpleRequest.Builder.get("/api/v1/things")
                .withQueryParam("size", "0")
                .build();
        assertThat(ApiDocumentFilter.mismatch(
                        validator,
                        "things-service",
                        forbidden,
                        SimpleResponse.Builder.status(400)
                                .withContentType("application/problem+json")
                                .withBody("{\"type\":\"https://thidua.org/problems/invalid\",\"title\":\"Invalid\","
                                        + "\"status\":400}")
                                .build()))
                .isEmpty();
        assertThat(ApiDocumentFilter.mismatch(validator, "things-service", forbidden, json(400, "{\"error\":1}")))
                .hasValueSatisfying(
                        report -> assertThat(report).contains("answered 400").contains("[RESPONSE]"));
    }

    @Test
    void aRequestTheDocumentForbidsButTheServiceAcceptsIsReported() {
        assertThat(ApiDocumentFilter.mismatch(
                        validator,
                        "things-service",
                        SimpleRequest.Builder.get("/api/v1/things")
                                .withQueryParam("size", "0")
                                .build(),
                        json(200, "[]")))
                .hasValueSatisfying(
                        report -> assertThat(report).contains("[REQUEST]").contains("size"));
    }

    private static SimpleResponse json(int status, String body) {
        return SimpleResponse.Builder.status(status)
                .withContentType("application/json")
                .withBody(body)
                .build();
    }
}

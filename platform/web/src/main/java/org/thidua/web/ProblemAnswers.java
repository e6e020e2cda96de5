package org.thidua.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller: every operation's document says that a refusal (any 4xx) is a {@link Problem} in
 * {@code application/problem+json}, the one error format of every Thidua API (ADR 0002, ADR 0013), and so is the
 * 503 a request gets while the service's database cannot be reached, with {@code Retry-After} (ADR 0092).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ApiResponse(
        responseCode = "4XX",
        description = "Refused: a problem that names the offending fields",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(
        responseCode = "503",
        description = "Temporarily unavailable (the database cannot be reached): try again "
                + "after the Retry-After header's seconds",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public @interface ProblemAnswers {}

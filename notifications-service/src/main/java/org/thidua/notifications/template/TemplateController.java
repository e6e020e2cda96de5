package org.thidua.notifications.template;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.thidua.notifications.routing.NotificationRouting;
import org.thidua.web.ProblemAnswers;
import org.thidua.web.ProblemException;

/**
 * The notice templates, as shipped with this release: which event uses which template, in which languages, and each
 * template's sources (subject, plain text, HTML). Templates change with a release, not at run time.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@Controller("/api/v1/templates")
@Tag(name = "templates")
@ProblemAnswers
public class TemplateController {

    static final List<String> LANGUAGES = List.of("vi", "en");

    /** Every routed event type with its template and whether a unit may mute it. */
    @Get
    List<TemplateSummary> list() {
        return NotificationRouting.routes().values().stream()
                .map(route -> new TemplateSummary(
                        route.template(),
                        route.eventType(),
                        route.audience().name(),
                        route.necessity().name(),
                        LANGUAGES))
                .toList();
    }

    /** The sources of one template in one language (404 for an unknown template or language). */
    @Get("/{template}/{language}")
    TemplateSource source(String template, String language) {
        boolean known = NotificationRouting.routes().values().stream()
                .anyMatch(r -> r.template().equals(template));
        if (!known || !LANGUAGES.contains(language)) {
            throw ProblemException.notFound("Template", template + "/" + language);
        }
        String base = "views/notices/" + language + "/" + template;
        return new TemplateSource(
                template, language, read(base + ".subject.txt"), read(base + ".txt"), read(base + ".html"));
    }

    private static String read(String resource) {
        try (InputStream in = TemplateController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Template file missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Serdeable
    public record TemplateSummary(
            String template, String eventType, String audience, String necessity, List<String> languages) {}

    @Serdeable
    public record TemplateSource(String template, String language, String subject, String text, String html) {}
}

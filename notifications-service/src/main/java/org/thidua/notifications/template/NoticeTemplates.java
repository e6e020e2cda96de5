package org.thidua.notifications.template;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Renders a notice from its templates with Micronaut Views (Thymeleaf): for template {@code t} in language
 * {@code l}, {@code views/notices/l/t.subject.txt} and {@code t.txt} (Thymeleaf TEXT mode) and {@code t.html}
 * (HTML mode, escaped). Variables: {@code unit}, {@code event} (the event's data), {@code campaign},
 * {@code target} (what is particular to this unit: rank, awards...), {@code link}, and {@code format}
 * ({@link NoticeFormat}: dates, periods and points as a person reads them, in the notice's language).
 */
@Singleton
public class NoticeTemplates {

    private final ThymeleafViewsRenderer<?> renderer;

    NoticeTemplates(ThymeleafViewsRenderer<?> renderer) {
        this.renderer = renderer;
    }

    /** A notice as rendered for one unit. */
    public record Rendered(String subject, String text, String html) {}

    public Rendered render(String template, String language, Map<String, Object> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("format", NoticeFormat.of(language));
        Context context = new Context(Locale.forLanguageTag(language), variables);
        String base = "notices/" + language + "/" + template;
        return new Rendered(
                render(base + ".subject.txt", context).strip().replaceAll("\\s+", " "),
                render(base + ".txt", context),
                render(base + ".html", context));
    }

    private String render(String view, Context context) {
        StringWriter out = new StringWriter();
        renderer.render(view, context, out);
        return out.toString();
    }

    /** Templates named {@code *.txt} are rendered in Thymeleaf's TEXT mode (no HTML escaping). */
    @Singleton
    static class TextTemplates implements BeanCreatedEventListener<AbstractConfigurableTemplateResolver> {
        @Override
        public AbstractConfigurableTemplateResolver onCreated(
                BeanCreatedEvent<AbstractConfigurableTemplateResolver> event) {
            AbstractConfigurableTemplateResolver resolver = event.getBean();
            resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
            return resolver;
        }
    }
}

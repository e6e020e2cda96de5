package org.thidua.portal.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Renders a page whole before any of it is sent. Micronaut's renderer writes while the answer streams: a template
 * that fails halfway had already sent its 200 and the browser waited for the rest until it gave up. Rendered first,
 * a failure is an error the portal answers with its error page.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
final class WholePages<T> extends ThymeleafViewsRenderer<T> {

    WholePages(
            AbstractConfigurableTemplateResolver templateResolver,
            TemplateEngine engine,
            ClassPathResourceLoader resourceLoader,
            HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter page = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}

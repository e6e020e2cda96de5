package org.thidua.portal.web;

import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.thidua.portal.signin.Person;

/**
 * What every page's template may use besides its own model: {@code fmt} (dates, amounts), {@code me} (the signed-in
 * {@link Person}, or null), {@code lang} ({@code vi} or {@code en}) and {@code here} (the page's own path and query,
 * for the language switch to come back to).
 */
@Singleton
final class PageModel implements ViewModelProcessor<Map<String, Object>> {

    private static final Formats FORMATS = new Formats();

    private final LocaleResolver<HttpRequest<?>> locales;

    PageModel(LocaleResolver<HttpRequest<?>> locales) {
        this.locales = locales;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> page) {
        Map<String, Object> model = new LinkedHashMap<>(page.getModel().orElse(Map.of()));
        model.put("fmt", FORMATS);
        // the request's own principal: a form shown again with its refusal's 4xx status is rendered where the
        // security service finds no current request, and the page lost its header's person (its name, nav, sign-out)
        model.put(
                "me",
                request.getUserPrincipal(Authentication.class).map(Person::of).orElse(null));
        Locale locale = locales.resolveOrDefault(request);
        model.put("lang", locale.getLanguage());
        String query = request.getUri().getRawQuery();
        model.put("here", request.getPath() + (query == null ? "" : "?" + query));
        page.setModel(model);
    }
}

package org.thidua.portal.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.thidua.portal.signin.Person;

/**
 * The signed-in person's own language (a unit officer's: the unit's language, as units-service keeps it) when the
 * person has not chosen one with the switch: the switch's cookie comes first, then this, then Vietnamese.
 */
@Singleton
final class PersonLanguage implements HttpLocaleResolver {

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(authentication -> authentication.getAttributes().get(Person.LANGUAGE))
                .map(Object::toString)
                .filter(language -> language.equals("vi") || language.equals("en"))
                .map(Locale::forLanguageTag);
    }

    @Override
    public Locale resolveOrDefault(HttpRequest<?> request) {
        return resolve(request).orElse(Locale.forLanguageTag("vi"));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package org.thidua.portal.services;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.utils.SecurityService;
import org.thidua.portal.signin.Person;

/**
 * Every call to the four services carries the signed-in person's bearer token: the services decide what the person
 * may read and do, the portal never widens it (ADR 70). A call made with an explicit Authorization header (the
 * development sign-in listing its accounts) keeps it. A 404 is a refusal like any other (a declarative client would
 * otherwise answer null), so the person sees the portal's "not found" page.
 */
@ClientFilter(serviceId = {"units", "campaigns", "awards", "notifications"})
final class PersonToken {

    private final SecurityService security;

    PersonToken(SecurityService security) {
        this.security = security;
    }

    @RequestFilter
    void bearer(MutableHttpRequest<?> request) {
        if (request.getHeaders().getAuthorization().isPresent()) {
            return;
        }
        security.getAuthentication().map(Person::of).ifPresent(person -> request.bearerAuth(person.accessToken()));
    }

    @ResponseFilter
    void notFound(HttpRequest<?> request, @Nullable HttpClientResponseException refusal) {
        if (refusal != null && refusal.getStatus() == HttpStatus.NOT_FOUND) {
            throw new NotFoundAtService(request.getPath());
        }
    }
}

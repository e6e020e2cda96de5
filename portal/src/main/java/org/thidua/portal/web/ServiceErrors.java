package org.thidua.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.exceptions.ViewRenderingException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thidua.portal.services.NotFoundAtService;

/**
 * What a person sees when a service refuses or fails a page: a token the services no longer accept ends the session
 * and leads through sign-in back to the same page; 403 and 404 are pages in the person's language; a service down is
 * said so, never with its internals.
 */
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class ServiceErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceErrors.class);

    private final PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLogin;
    private final AccessTokenCookieConfiguration cookie;

    ServiceErrors(
            PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLogin,
            AccessTokenCookieConfiguration cookie) {
        this.priorToLogin = priorToLogin;
        this.cookie = cookie;
    }

    @Error(global = true)
    HttpResponse<?> refused(HttpRequest<?> request, HttpClientResponseException refusal) {
        int status = refusal.getStatus().getCode();
        if (status == 401) {
            MutableHttpResponse<?> toSignIn = HttpResponse.seeOther(URI.create("/sign-in?expired"));
            if ("GET".equals(request.getMethodName())) {
                priorToLogin.onUnauthorized(request, toSignIn);
            }
            return toSignIn.cookie(Cookie.of(cookie.getCookieName(), "")
                    .path(cookie.getCookiePath().orElse("/"))
                    .maxAge(0));
        }
        if (status == 403 || status == 404) {
            return page(HttpStatus.valueOf(status));
        }
        LOG.warn(
                "{} {}: a service answered {}: {}",
                request.getMethodName(),
                request.getPath(),
                status,
                refusal.getMessage());
        return page(HttpStatus.BAD_GATEWAY);
    }

    @Error(global = true)
    HttpResponse<?> unreachable(HttpRequest<?> request, HttpClientException failure) {
        LOG.warn(
                "{} {}: a service did not answer: {}",
                request.getMethodName(),
                request.getPath(),
                failure.getMessage());
        return page(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Error(global = true)
    HttpResponse<?> missing(NotFoundAtService missing) {
        return page(HttpStatus.NOT_FOUND);
    }

    /** A page that could not be made (a template's fault): said plainly, the cause in the log only. */
    @Error(global = true)
    HttpResponse<?> unrendered(HttpRequest<?> request, ViewRenderingException failure) {
        LOG.error("{} {}: the page could not be rendered", request.getMethodName(), request.getPath(), failure);
        return page(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    HttpResponse<?> notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    @Error(global = true, status = HttpStatus.FORBIDDEN)
    HttpResponse<?> forbidden() {
        return page(HttpStatus.FORBIDDEN);
    }

    static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(HttpStatus status) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("status", status.getCode());
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(new ModelAndView<>("error", model));
    }
}

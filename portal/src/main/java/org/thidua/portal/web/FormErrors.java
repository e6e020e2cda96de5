package org.thidua.portal.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.thidua.portal.services.ServiceProblem;
import org.thidua.portal.signin.Person;

/**
 * A service's refusal of a form, for the page to show: the problem's detail at the top and each violation next to the
 * field it names ({@code fields.get("registrationDeadline")}). The page is rendered again with what was typed.
 */
public record FormErrors(String detail, Map<String, String> fields) {

    /** The answers a form shows in place; anything else (401, 403, 404, 5xx) is the page's, see {@link ServiceErrors}. */
    private static final Set<Integer> FORM_REFUSALS = Set.of(400, 409, 422);

    public static FormErrors of(HttpClientResponseException refusal) {
        String language = language();
        ServiceProblem problem = ServiceProblem.of(refusal).orElse(null);
        Map<String, String> fields = new LinkedHashMap<>();
        if (problem != null && problem.violations() != null) {
            problem.violations()
                    .forEach(v ->
                            fields.merge(v.field(), ProblemText.in(language, v.message()), (a, b) -> a + "; " + b));
        }
        String detail = problem == null || problem.detail() == null
                ? refusal.getStatus().getReason()
                : problem.detail();
        if (!fields.isEmpty() && !"en".equals(language)) {
            detail = "Chưa lưu được: xin sửa các ô được đánh dấu bên dưới.";
        }
        return new FormErrors(ProblemText.in(language, detail), fields);
    }

    /**
     * The same form again, with the refusal's messages ({@code errors}) and the typed values ({@code form}) in its
     * model; rethrows what is not a refusal of the form's content.
     */
    public static HttpResponse<ModelAndView<Map<String, Object>>> again(
            HttpClientResponseException refusal, String view, Map<String, Object> model, Object typed) {
        if (!FORM_REFUSALS.contains(refusal.getStatus().getCode())) {
            throw refusal;
        }
        Map<String, Object> page = new LinkedHashMap<>(model);
        page.put("errors", of(refusal));
        page.put("form", typed);
        HttpStatus status = refusal.getStatus();
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(status).body(new ModelAndView<>(view, page));
    }

    /** The page's language: the switch's cookie, else the signed-in person's, else Vietnamese (as PersonLanguage). */
    private static String language() {
        return ServerRequestContext.currentRequest()
                .map(request -> request.getCookies()
                        .findCookie("thidua_lang")
                        .map(Cookie::getValue)
                        .or(() -> request.getUserPrincipal(Authentication.class)
                                .map(person -> person.getAttributes().get(Person.LANGUAGE))
                                .map(Object::toString))
                        .orElse("vi"))
                .orElse("vi");
    }

    /** The message of {@code field}, or null: what a template prints next to the field. */
    public String field(String field) {
        return fields.get(field);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }
}

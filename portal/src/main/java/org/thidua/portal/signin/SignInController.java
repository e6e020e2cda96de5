package org.thidua.portal.signin;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-in page. With OpenID Connect (production) it offers the provider's sign-in ({@code /oauth/login/oidc});
 * with the development sign-in ({@code ./thidua up} only) it lists the demo accounts, each a one-click form posting to
 * Micronaut's login endpoint. After sign-in the person lands on the page that asked for it.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/sign-in")
@Secured(SecurityRule.IS_ANONYMOUS)
final class SignInController {

    private final Optional<DevelopmentAccounts> accounts;
    private final boolean oidc;

    SignInController(Optional<DevelopmentAccounts> accounts, @Value("${thidua.portal.oidc}") boolean oidc) {
        this.accounts = accounts;
        this.oidc = oidc;
    }

    @Get("{?unit}")
    @View("sign-in")
    Map<String, Object> page(HttpRequest<?> request, @Nullable @QueryValue String unit) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("oidc", oidc);
        model.put("unit", unit == null ? "" : unit);
        model.put("development", accounts.isPresent());
        model.put("accounts", accounts.map(list -> list.list(unit)).orElse(Map.of()));
        List<String> notes = List.of("expired", "failed", "signed-out");
        model.put(
                "note",
                notes.stream()
                        .filter(note -> request.getParameters().contains(note))
                        .findFirst()
                        .orElse(null));
        return model;
    }
}

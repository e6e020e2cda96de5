package org.thidua.portal.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.time.Duration;

/** The language switch: Vietnamese (the default) or English, kept in a cookie, then back to the same page. */
@Controller("/language")
@Secured(SecurityRule.IS_ANONYMOUS)
final class LanguageController {

    static final String COOKIE = "thidua_lang";

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> choose(@Body Choice choice) {
        String language = "en".equals(choice.lang()) ? "en" : "vi";
        return HttpResponse.seeOther(URI.create(safe(choice.back())))
                .cookie(Cookie.of(COOKIE, language)
                        .path("/")
                        .maxAge(Duration.ofDays(365))
                        .httpOnly(true)
                        .sameSite(SameSite.Lax));
    }

    /** Only a path of this site: never an address elsewhere (no open redirect). */
    static String safe(String back) {
        boolean local = back != null
                && back.startsWith("/")
                && !back.startsWith("//")
                && !back.startsWith("/\\")
                && back.chars().noneMatch(c -> c < 0x20);
        return local ? back : "/";
    }

    @Serdeable
    record Choice(String lang, String back) {}
}

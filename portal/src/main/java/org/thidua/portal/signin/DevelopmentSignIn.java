package org.thidua.portal.signin;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Development only ({@code THIDUA_PORTAL_DEV_SIGN_IN=true}, which `./thidua up` sets and no deployment does): signs a
 * person in as the account the sign-in page's form names, with a token minted by {@link ServiceTokens}. Micronaut's
 * login endpoint calls it (on the blocking executor: naming the account asks units-service) and its cookie login
 * handler keeps the result as the session.
 */
@Singleton
@Requires(property = "thidua.portal.dev-sign-in", value = "true")
final class DevelopmentSignIn<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private final DevelopmentAccounts accounts;
    private final ServiceTokens tokens;

    DevelopmentSignIn(DevelopmentAccounts accounts, ServiceTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(
            @Nullable HttpRequest<B> request, @NonNull AuthenticationRequest<String, String> login) {
        return accounts.named(login.getIdentity())
                .map(account -> {
                    Map<String, Object> attributes = new HashMap<>();
                    attributes.put(Person.NAME, account.label());
                    attributes.put(Person.ACCESS_TOKEN, tokens.mint(account));
                    if (account.unitId() != null) {
                        attributes.put(Person.UNIT, account.unitId());
                        accounts.languageOf(account.unitId())
                                .ifPresent(language -> attributes.put(Person.LANGUAGE, language));
                    }
                    if (!account.groupIds().isEmpty()) {
                        attributes.put(Person.GROUPS, account.groupIds());
                    }
                    if (account.memberId() != null) {
                        attributes.put(Person.MEMBER, account.memberId());
                    }
                    return AuthenticationResponse.success(account.key(), List.of(account.role()), attributes);
                })
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.USER_NOT_FOUND));
    }
}

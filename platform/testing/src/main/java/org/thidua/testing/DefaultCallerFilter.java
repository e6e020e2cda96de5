package org.thidua.testing;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;

/**
 * Requests of a test's injected {@code @Client} that name no caller go as the emulation office ({@link
 * TestTokens#admin()}), so that tests of behaviour need not repeat it. Tests of who may do what set the
 * {@code Authorization} header themselves, or use a client of their own ({@code HttpClient.create}), which no filter
 * touches: that is how {@link AuthorizationMatrixTest} sends requests without a token.
 */
@ClientFilter(ClientFilter.MATCH_ALL_PATTERN)
public class DefaultCallerFilter {

    @RequestFilter
    public void asAdminUnlessNamed(MutableHttpRequest<?> request) {
        if (!request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            request.bearerAuth(TestTokens.admin());
        }
    }
}

package org.thidua.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.Test;
import org.thidua.portal.services.NotFoundAtService;

class FourServicesTest {

    @Test
    void aServiceThatIsDownFailsOrLacksTheRouteIsUnreachableAndThePageGoesOn() {
        assertThat(FourServices.reach("awards", () -> "ready")).isEqualTo(new Reach<>("awards", "ready"));
        assertThat(FourServices.<String>reach("awards", () -> {
                            throw new HttpClientException("Connect Error: Connection refused: /127.0.0.1:8083");
                        })
                        .reachable())
                .isFalse();
        assertThat(FourServices.<String>reach("units", () -> {
                    throw new HttpClientResponseException("Service Unavailable", HttpResponse.serverError());
                }))
                .isEqualTo(Reach.unreachable("units"));
        assertThat(FourServices.<String>reach("campaigns", () -> {
                            throw new NotFoundAtService("/api/v1/traces");
                        })
                        .reachable())
                .isFalse();
    }

    @Test
    void anEndedSessionIsNotHiddenAsAnUnreachableService() {
        assertThatThrownBy(() -> FourServices.<String>reach("notifications", () -> {
                    throw new HttpClientResponseException("Unauthorized", HttpResponse.unauthorized());
                }))
                .isInstanceOf(HttpClientResponseException.class);
    }
}

package org.thidua.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryErrorsTest {

    @Test
    void anSmtpServersAnswerIsSortedIntoWhatAnOperatorCanDo() {
        assertThat(DeliveryErrors.kind("550 5.1.1 Recipient address rejected: mailbox unavailable"))
                .isEqualTo("refused");
        assertThat(DeliveryErrors.kind("451 4.3.0 Try again later")).isEqualTo("later");
        assertThat(DeliveryErrors.kind("Couldn't connect to host, port: 127.0.0.1, 2525; timeout -1"))
                .isEqualTo("unreachable");
        assertThat(DeliveryErrors.kind("MessagingException: no body")).isEqualTo("other");
        assertThat(DeliveryErrors.kind(null)).isEqualTo("unknown");
        // a number inside a longer one is not an SMTP code
        assertThat(DeliveryErrors.kind("message 15501 rejected by policy")).isEqualTo("other");
    }
}

package org.thidua.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrettyJsonTest {

    @Test
    void aPayloadIsIndentedTwoSpacesALevelItsStringsUntouched() {
        String payload =
                "{\"campaignId\":\"c-1\",\"note\":\"a, b: {x}\\\" [y]\",\"units\":[\"u1\",\"u2\"],\"empty\":{},"
                        + "\"year\":2013}";

        assertThat(PrettyJson.of(payload)).isEqualTo("""
                {
                  "campaignId": "c-1",
                  "note": "a, b: {x}\\" [y]",
                  "units": [
                    "u1",
                    "u2"
                  ],
                  "empty": {},
                  "year": 2013
                }""");
    }

    @Test
    void textThatIsNotJsonComesBackAsItIs() {
        assertThat(PrettyJson.of("not json, at all")).isEqualTo("not json, at all");
    }
}

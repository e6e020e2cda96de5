package org.thidua.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.units.UnitRegistered;

class EventSchemasTest {

    @Test
    void everyTypeHasASchemaWithValidExamples() {
        assertThat(EventTypes.all()).isNotEmpty();
        for (String type : EventTypes.all()) {
            assertThat(EventSchemas.examples(type)).as("examples of %s", type).isNotEmpty();
            EventSchemas.examples(type)
                    .forEach(example -> assertThat(EventSchemas.violations(type, example))
                            .as("%s example %s", type, example)
                            .isEmpty());
        }
    }

    @Test
    void everyTypeIsPublishedOnAKnownTopic() throws Exception {
        UnitRegistered event =
                new UnitRegistered("0f8b1c52-3a0e-4a53-9a62-1f2f0c1e9d11", "X", "Y", null, "vi", true, Instant.EPOCH);
        assertThat(Topics.ALL).contains(event.topic());
        assertThat(event.type()).isEqualTo(UnitRegistered.TYPE);
    }

    @Test
    void theJavaTypeWritesWhatItsSchemaDescribesAndReadsItsExamples() {
        UnitRegistered event = new UnitRegistered(
                "0f8b1c52-3a0e-4a53-9a62-1f2f0c1e9d11",
                "VPQH-TH",
                "Văn phòng Thanh Hóa",
                null,
                "vi",
                true,
                Instant.parse("2019-07-18T02:50:00Z"));
        assertThat(EventSchemas.violations(UnitRegistered.TYPE, EventJson.write(event)))
                .isEmpty();
        for (var example : EventSchemas.examples(UnitRegistered.TYPE)) {
            UnitRegistered read =
                    EventJson.read(example.toString().getBytes(StandardCharsets.UTF_8), UnitRegistered.class);
            assertThat(read.unitId()).isEqualTo(example.get("unitId").asText());
            assertThat(read.registeredAt())
                    .isEqualTo(Instant.parse(example.get("registeredAt").asText()));
        }
    }

    @Test
    void reportsWhatIsWrong() {
        String missingName = """
                {"unitId":"0f8b1c52-3a0e-4a53-9a62-1f2f0c1e9d11","code":"A","language":"vi","active":true,
                 "registeredAt":"2019-07-18T02:50:00Z"}""";
        assertThat(EventSchemas.violations(UnitRegistered.TYPE, missingName.getBytes(StandardCharsets.UTF_8)))
                .singleElement()
                .asString()
                .contains("name");
        assertThat(EventSchemas.violations(UnitRegistered.TYPE, "{not json".getBytes(StandardCharsets.UTF_8)))
                .singleElement()
                .asString()
                .startsWith("not JSON");
        String badLanguage = """
                {"unitId":"0f8b1c52-3a0e-4a53-9a62-1f2f0c1e9d11","code":"A","name":"B","language":"fr","active":true,
                 "registeredAt":"2019-07-18T02:50:00Z"}""";
        assertThat(EventSchemas.violations(UnitRegistered.TYPE, badLanguage.getBytes(StandardCharsets.UTF_8)))
                .singleElement()
                .asString()
                .contains("language");
    }
}

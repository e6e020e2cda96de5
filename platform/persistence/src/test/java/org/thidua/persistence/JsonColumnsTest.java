package org.thidua.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonColumnsTest {

    record Target(String description, int weight) {}

    @Test
    void aListIsWrittenAsOneJsonTextAndReadBackWhole() {
        String json = JsonColumns.write(List.of(new Target("Hoàn thành nhiệm vụ", 60), new Target("Sáng kiến", 40)));
        assertThat(json)
                .isEqualTo("[{\"description\":\"Hoàn thành nhiệm vụ\",\"weight\":60},"
                        + "{\"description\":\"Sáng kiến\",\"weight\":40}]");
        assertThat(JsonColumns.readList(json, Target.class))
                .containsExactly(new Target("Hoàn thành nhiệm vụ", 60), new Target("Sáng kiến", 40));
        assertThat(JsonColumns.readList("[]", String.class)).isEmpty();
    }

    @Test
    void aColumnThatIsNotAListIsAnError() {
        assertThatThrownBy(() -> JsonColumns.readList("{\"a\":1}", String.class))
                .isInstanceOf(UncheckedIOException.class);
    }
}

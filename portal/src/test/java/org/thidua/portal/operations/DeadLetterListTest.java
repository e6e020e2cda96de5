package org.thidua.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadLetterListTest {

    private static Answers.DeadLetter letter(long id, String at) {
        return new Answers.DeadLetter(
                id,
                null,
                "c",
                "thidua.x",
                "e" + id,
                "thidua.unit.registered.v1",
                "IllegalStateException",
                "boom",
                "DEAD",
                Instant.parse(at),
                null,
                null,
                null);
    }

    @Test
    void fourServicesLettersMakeOneListNewestFirstEachTaggedWithItsService() {
        // awards and units failed at the same instant: the services' order (units before awards) decides; within
        // units the newer id first. campaigns is down: its letters are missing and it is named.
        DeadLetterList list = DeadLetterList.merge(List.of(
                new Reach<>(
                        "units",
                        List.of(
                                letter(1, "2026-12-01T08:00:00Z"),
                                letter(2, "2026-12-03T08:00:00Z"),
                                letter(3, "2026-12-03T08:00:00Z"))),
                Reach.unreachable("campaigns"),
                new Reach<>("awards", List.of(letter(1, "2026-12-03T08:00:00Z"), letter(7, "2026-12-04T01:00:00Z"))),
                new Reach<>("notifications", List.of())));

        assertThat(list.letters())
                .extracting(d -> d.service() + "/" + d.id())
                .containsExactly("awards/7", "units/3", "units/2", "awards/1", "units/1");
        assertThat(list.unreachable()).containsExactly("campaigns");
    }

    @Test
    void aServiceThatNamesItselfIsStillTaggedByWhomTheConsoleAsked() {
        Answers.DeadLetter named = letter(5, "2026-12-01T08:00:00Z").from("awards-service");

        DeadLetterList list = DeadLetterList.merge(List.of(new Reach<>("awards", List.of(named))));

        assertThat(list.letters()).extracting(Answers.DeadLetter::service).containsExactly("awards");
    }
}

package org.thidua.portal.operations;

import java.util.Comparator;
import java.util.List;

/**
 * The dead letters of all four services as one list (ADR 96): each tagged with the service that holds it, the newest
 * failure first; at the same instant in the services' order, then the newest id. {@code unreachable} names the
 * services whose letters are missing from it.
 */
record DeadLetterList(List<Answers.DeadLetter> letters, List<String> unreachable) {

    private static final Comparator<Answers.DeadLetter> NEWEST_FIRST = Comparator.comparing(
                    Answers.DeadLetter::failedAt)
            .reversed()
            .thenComparing(letter -> FourServices.NAMES.indexOf(letter.service()))
            .thenComparing(Comparator.comparingLong(Answers.DeadLetter::id).reversed());

    static DeadLetterList merge(List<Reach<List<Answers.DeadLetter>>> answers) {
        List<Answers.DeadLetter> letters = answers.stream()
                .filter(Reach::reachable)
                .flatMap(reach -> reach.value().stream().map(letter -> letter.from(reach.service())))
                .sorted(NEWEST_FIRST)
                .toList();
        List<String> unreachable = answers.stream()
                .filter(reach -> !reach.reachable())
                .map(Reach::service)
                .toList();
        return new DeadLetterList(letters, unreachable);
    }
}

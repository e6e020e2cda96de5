package org.thidua.web;

import java.util.Optional;

/**
 * The answer of a state machine to "may this aggregate do that now?": the next state, or no with the current state
 * and a reason. Plain Java, so the policies that produce it are tested without Micronaut or a database.
 */
public record Transition<S extends Enum<S>>(S from, S to, String refusal) {

    public static <S extends Enum<S>> Transition<S> to(S from, S to) {
        return new Transition<>(from, to, null);
    }

    public static <S extends Enum<S>> Transition<S> refused(S from, String refusal) {
        return new Transition<>(from, null, refusal);
    }

    public boolean allowed() {
        return to != null;
    }

    public Optional<S> next() {
        return Optional.ofNullable(to);
    }
}

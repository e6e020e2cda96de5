package org.thidua.awards.nomination;

import java.time.LocalDate;

/**
 * A disclosure window: its first working day, its last ({@code end}, objections accepted through it) and how many
 * working days it lasts, from the rule set in force on {@code first}.
 */
public record DisclosureWindow(LocalDate first, LocalDate end, int workingDays) {}

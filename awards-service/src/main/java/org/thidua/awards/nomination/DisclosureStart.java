package org.thidua.awards.nomination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * When a disclosure window (công khai) may start: on or after the day the council approved the nomination, and not
 * in the past, so that the whole window is still ahead when it is announced and everyone can object during it. Both
 * days are Vietnam's calendar. Plain Java: {@code DisclosureStartTest} checks it without Micronaut.
 */
public final class DisclosureStart {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DisclosureStart() {}

    /** The day asked for, or (none asked) the earliest allowed: today, or the approval day if that is later. */
    public static LocalDate requestedOrEarliest(LocalDate requested, LocalDate today, LocalDate approvedOn) {
        if (requested != null) {
            return requested;
        }
        return approvedOn.isAfter(today) ? approvedOn : today;
    }

    /** Why {@code start} cannot open the window of a nomination approved on {@code approvedOn}; empty when it can. */
    public static Optional<String> refusal(LocalDate start, LocalDate today, LocalDate approvedOn) {
        if (start.isBefore(today)) {
            return Optional.of("must not be in the past: the window must be ahead of those who may object (today is "
                    + DAY.format(today) + ")");
        }
        if (start.isBefore(approvedOn)) {
            return Optional.of("must be on or after " + DAY.format(approvedOn) + ", the day the council approved");
        }
        return Optional.empty();
    }

    /**
     * Why a disclosure held on paper from {@code start} cannot be recorded, the council having met on {@code heldOn};
     * empty when it can (ADR 86): it must be given, not in the future, and not before the council met.
     */
    public static Optional<String> paperRefusal(LocalDate start, LocalDate today, LocalDate heldOn) {
        if (start == null) {
            return Optional.of("cần ghi ngày bắt đầu công khai trên giấy");
        }
        if (start.isAfter(today)) {
            return Optional.of("công khai trên giấy phải đã diễn ra: không được sau hôm nay, " + DAY.format(today));
        }
        if (start.isBefore(heldOn)) {
            return Optional.of("công khai chỉ có thể bắt đầu từ " + DAY.format(heldOn) + ", ngày Hội đồng họp xét");
        }
        return Optional.empty();
    }
}

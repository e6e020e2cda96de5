package org.thidua.portal.operations;

import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.thidua.portal.web.Formats;

/**
 * The dead-letter filter form as the services read it: a service (or all four), consumer, event type, error text,
 * a status, and from/to days typed as {@code 15/01/2020}, both included, in Vietnam's time. {@code errors} names each
 * field that could not be read (a message key's last part); with errors nothing is asked of the services.
 */
record DeadLetterFilter(
        @Nullable String service,
        @Nullable String consumer,
        @Nullable String eventType,
        @Nullable String error,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        String status,
        Map<String, String> typed,
        Map<String, String> errors) {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> STATUSES = List.of("open", "replayed", "all");

    static DeadLetterFilter read(Map<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : List.of("service", "consumer", "eventType", "error", "from", "to", "status")) {
            String value = form.get(field);
            if (value != null && !value.isBlank()) {
                typed.put(field, value.trim());
            }
        }
        String service = typed.get("service");
        if (service != null && !FourServices.NAMES.contains(service)) {
            errors.put("service", "unknown");
        }
        String status = typed.getOrDefault("status", "open");
        if (!STATUSES.contains(status)) {
            errors.put("status", "unknown");
        }
        LocalDate from = day(typed.get("from"), "from", errors);
        LocalDate to = day(typed.get("to"), "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("to", "beforeFrom");
        }
        return new DeadLetterFilter(
                service,
                typed.get("consumer"),
                typed.get("eventType"),
                typed.get("error"),
                from,
                to,
                status,
                typed,
                errors);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** The services to ask: the one chosen, or all four. */
    List<String> services() {
        return service == null ? FourServices.NAMES : List.of(service);
    }

    /** {@code from} as the services read it: the first instant of that day in Vietnam. */
    @Nullable
    String fromInstant() {
        return from == null ? null : from.atStartOfDay(Formats.ZONE).toInstant().toString();
    }

    /** {@code to} included: the first instant of the next day in Vietnam. */
    @Nullable
    String toInstant() {
        return to == null
                ? null
                : to.plusDays(1).atStartOfDay(Formats.ZONE).toInstant().toString();
    }

    /** The status the services filter on; null for all. */
    @Nullable
    String serviceStatus() {
        return switch (status) {
            case "open" -> "DEAD";
            case "replayed" -> "REPLAYED";
            default -> null;
        };
    }

    /** A filtered replay of the open letters matching this filter, or its dry run. */
    Answers.ReplayRequest replay(boolean dryRun) {
        return new Answers.ReplayRequest(consumer, eventType, error, fromInstant(), toInstant(), dryRun);
    }

    /** The filter as the query of a link back to the same list ({@code service=awards&from=01%2F12%2F2026}). */
    String query() {
        return typed.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Nullable
    private static LocalDate day(@Nullable String text, String field, Map<String, String> errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            errors.put(field, "date");
            return null;
        }
    }
}

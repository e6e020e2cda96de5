package org.thidua.portal.operations;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One event's trace as the steps a person reads (ADR 96): spans from all services, each once, as an indented list,
 * every span under its parent, siblings by start. A span whose parent no service kept starts a list of its own.
 */
final class TraceSteps {

    private static final Comparator<Answers.Span> BY_START =
            Comparator.comparing(Answers.Span::start).thenComparing(Answers.Span::spanId);

    private TraceSteps() {}

    /**
     * One step: how deep it is (0 for a root), the span's name, the service that recorded it (without
     * {@code -service}), its duration in milliseconds and whether it failed.
     */
    record Step(
            int depth,
            String name,
            @Nullable String service,
            double durationMillis,
            boolean failed,
            Answers.Span span) {}

    static List<Step> of(List<Answers.Span> spans) {
        Map<String, Answers.Span> byId = new LinkedHashMap<>();
        spans.forEach(span -> byId.putIfAbsent(span.spanId(), span));
        Map<String, List<Answers.Span>> children = new LinkedHashMap<>();
        List<Answers.Span> roots = new ArrayList<>();
        for (Answers.Span span : byId.values()) {
            String parent = span.parentSpanId();
            if (parent == null || parent.isBlank() || !byId.containsKey(parent)) {
                roots.add(span);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(span);
            }
        }
        List<Step> steps = new ArrayList<>();
        roots.stream().sorted(BY_START).forEach(root -> walk(root, 0, children, steps));
        return steps;
    }

    private static void walk(Answers.Span span, int depth, Map<String, List<Answers.Span>> children, List<Step> steps) {
        steps.add(new Step(
                depth,
                span.name(),
                service(span.service()),
                span.durationMicros() / 1000.0,
                "ERROR".equalsIgnoreCase(span.status()),
                span));
        children.getOrDefault(span.spanId(), List.of()).stream()
                .sorted(BY_START)
                .forEach(child -> walk(child, depth + 1, children, steps));
    }

    @Nullable
    private static String service(@Nullable String service) {
        return service == null ? null : service.replaceFirst("-service$", "");
    }
}

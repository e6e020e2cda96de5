package org.thidua.portal.operations;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a service's list whether it comes as an array or as a page ({@code {"items": [...]}}), and a trace answer
 * whether it is one trace, a list of traces or a page of them: the console keeps working as the routes grow pages.
 */
@Singleton
final class JsonLists {

    private final JsonMapper json;

    JsonLists(JsonMapper json) {
        this.json = json;
    }

    <T> List<T> items(JsonNode answer, Class<T> type) {
        JsonNode array = answer.isArray() ? answer : answer.get("items");
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (JsonNode item : array.values()) {
            items.add(read(item, type));
        }
        return items;
    }

    /** Every span of every trace in the answer. */
    List<Answers.Span> spans(JsonNode answer) {
        List<Answers.Span> spans = new ArrayList<>();
        List<JsonNode> traces = new ArrayList<>();
        if (answer.isObject() && answer.get("spans") != null) {
            traces.add(answer);
        } else {
            JsonNode array = answer.isArray() ? answer : answer.get("items");
            if (array != null && array.isArray()) {
                array.values().forEach(traces::add);
            }
        }
        for (JsonNode trace : traces) {
            JsonNode list = trace.get("spans");
            if (list != null && list.isArray()) {
                list.values().forEach(span -> spans.add(read(span, Answers.Span.class)));
            }
        }
        return spans;
    }

    private <T> T read(JsonNode node, Class<T> type) {
        try {
            return json.readValueFromTree(node, Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException("A service's answer could not be read as " + type.getSimpleName(), e);
        }
    }
}

package org.thidua.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a JSON tree as readable YAML: block style, short leaf maps and lists in flow style, multi-line text as
 * literal blocks. A string is written plain only when every YAML parser reads it back as the same string (no
 * numbers, dates, booleans or indicators); otherwise it is double-quoted with JSON escapes, which YAML accepts.
 */
final class YamlWriter {

    private static final int WIDTH = 118;
    /** Starts with a letter (so never a number, date or indicator) and holds no line break or tab. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}_$][^\\n\\r\\t]*");

    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringBuilder out = new StringBuilder();

    private YamlWriter() {}

    static String write(JsonNode root, String headerComment) {
        YamlWriter writer = new YamlWriter();
        headerComment
                .lines()
                .forEach(line ->
                        writer.out.append(line.isEmpty() ? "#" : "# " + line).append('\n'));
        writer.map(root, 0);
        return writer.out.toString();
    }

    private void map(JsonNode node, int indent) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String prefix = " ".repeat(indent) + scalar(field.getKey(), true) + ":";
            value(prefix, field.getValue(), indent);
        }
    }

    /** Writes {@code value} after {@code prefix} (a key or a list dash), at {@code indent} for nested lines. */
    private void value(String prefix, JsonNode value, int indent) {
        if (value.isTextual() && value.asText().contains("\n")) {
            String text = value.asText();
            out.append(prefix).append(text.endsWith("\n") ? " |" : " |-").append('\n');
            text.lines()
                    .forEach(line -> out.append(line.isEmpty() ? "" : " ".repeat(indent + 2) + line)
                            .append('\n'));
        } else if (value.isValueNode() || value.isEmpty()) {
            out.append(prefix)
                    .append(' ')
                    .append(value.isTextual() ? scalar(value.asText(), false) : flow(value))
                    .append('\n');
        } else if (isLeaf(value) && prefix.length() + 1 + flow(value).length() <= WIDTH) {
            out.append(prefix).append(' ').append(flow(value)).append('\n');
        } else if (value.isObject()) {
            out.append(prefix).append('\n');
            map(value, indent + 2);
        } else {
            out.append(prefix).append('\n');
            for (JsonNode item : value) {
                item(item, indent + 2);
            }
        }
    }

    private void item(JsonNode item, int indent) {
        String dash = " ".repeat(indent) + "-";
        if (item.isObject()
                && !item.isEmpty()
                && !(isLeaf(item) && dash.length() + 1 + flow(item).length() <= WIDTH)) {
            // the first entry shares the dash's line, the others line up under it
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = scalar(field.getKey(), true) + ":";
                value(first ? dash + " " + key : " ".repeat(indent + 2) + key, field.getValue(), indent + 2);
                first = false;
            }
        } else if (item.isArray() && !item.isEmpty() && !isLeaf(item)) {
            out.append(dash).append('\n');
            for (JsonNode nested : item) {
                item(nested, indent + 2);
            }
        } else {
            value(dash, item, indent);
        }
    }

    /** A container of scalars only (or of lists of scalars), which may go on one line. */
    private static boolean isLeaf(JsonNode node) {
        for (JsonNode child : node) {
            if (child.isObject()
                    || (child.isArray() && !isLeaf(child))
                    || (child.isTextual() && child.asText().contains("\n"))) {
                return false;
            }
        }
        return true;
    }

    private static String flow(JsonNode node) {
        if (node.isObject()) {
            StringBuilder text = new StringBuilder("{");
            node.fields()
                    .forEachRemaining(field -> text.append(text.length() > 1 ? ", " : "")
                            .append(scalar(field.getKey(), true))
                            .append(": ")
                            .append(flow(field.getValue())));
            return text.append('}').toString();
        }
        if (node.isArray()) {
            StringBuilder text = new StringBuilder("[");
            node.forEach(item -> text.append(text.length() > 1 ? ", " : "").append(flow(item)));
            return text.append(']').toString();
        }
        if (node.isTextual()) {
            return scalar(node.asText(), true);
        }
        return node.toString();
    }

    /** {@code text} plain when that reads back as the same string, in a flow collection if {@code flow}. */
    private static String scalar(String text, boolean flow) {
        boolean plain = PLAIN.matcher(text).matches()
                && !text.endsWith(" ")
                && !text.endsWith(":")
                && !text.contains(": ")
                && !text.contains(" #")
                && !RESERVED.contains(text.toLowerCase(Locale.ROOT))
                && !(flow && text.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0));
        if (plain) {
            return text;
        }
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

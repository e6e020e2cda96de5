package org.thidua.portal.operations;

/**
 * A dead letter's payload laid out to read: JSON indented by two spaces per level, strings untouched. Text that is
 * not JSON (or base64) comes back as it is.
 */
final class PrettyJson {

    private PrettyJson() {}

    static String of(String text) {
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < trimmed.length()) {
                    out.append(trimmed.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case '{', '[' -> {
                    char close = c == '{' ? '}' : ']';
                    int next = nextVisible(trimmed, i + 1);
                    if (next < trimmed.length() && trimmed.charAt(next) == close) {
                        out.append(c).append(close);
                        i = next;
                    } else {
                        depth++;
                        out.append(c).append('\n').append("  ".repeat(depth));
                    }
                }
                case '}', ']' -> {
                    depth = Math.max(0, depth - 1);
                    out.append('\n').append("  ".repeat(depth)).append(c);
                }
                case ',' -> out.append(",\n").append("  ".repeat(depth));
                case ':' -> out.append(": ");
                case ' ', '\n', '\r', '\t' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static int nextVisible(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}

package org.thidua.web;

/**
 * What text a request may carry: no control characters (but tab, line feed and carriage return), no bidirectional
 * embeddings, overrides or isolates (U+202A-U+202E, U+2066-U+2069, which make a name read differently from what it
 * is) and no lone surrogate halves (not a character at all). One check for every JSON string of every service
 * (ADR 8) and for the cells of a CSV import.
 */
public final class RequestText {

    private RequestText() {}

    /** Why {@code text} is refused, naming the first offending character and its position (from 1); null if fine. */
    public static String refusal(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain a lone surrogate (" + codePoint(c) + " at position " + (i + 1) + ")";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain a lone surrogate (" + codePoint(c) + " at position " + (i + 1) + ")";
            }
            if (isControl(c)) {
                return "must not contain control characters (" + codePoint(c) + " at position " + (i + 1) + ")";
            }
            if (isBidiControl(c)) {
                return "must not contain bidirectional override characters (" + codePoint(c) + " at position " + (i + 1)
                        + ")";
            }
        }
        return null;
    }

    private static boolean isControl(char c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}

package org.thidua.units.text;

import java.text.Normalizer;

/**
 * Vietnamese text as the service stores and searches it.
 * <ul>
 * <li>Input is normalised to Unicode NFC and stripped: "Thanh Hóa" typed with a combining acute (NFD, as some
 * keyboards and macOS file names produce) and typed precomposed is one name. The database compares NFD and NFC
 * strings as different, so this is what makes them one.</li>
 * <li>Search relies on the {@code utf8mb4_unicode_ci} collation, which ignores case, tones and the marks of
 * ă â ê ô ơ ư in MySQL 8.4 and MariaDB alike, but treats Đ/đ as a letter of its own; users typing without
 * diacritics write D, so both the stored text and the query are compared with Đ/đ folded to D/d
 * (docs/adr: accent-insensitive search).</li>
 * </ul>
 */
public final class VietnameseText {

    /** The escape character of the LIKE patterns built here ({@code ESCAPE '!'} in SQL). */
    public static final char LIKE_ESCAPE = '!';

    private VietnameseText() {}

    /** Stripped NFC text; null stays null. */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** Stripped NFC text, or null when nothing is left. */
    public static String nfcOrNull(String text) {
        String normalised = nfc(text);
        return normalised == null || normalised.isEmpty() ? null : normalised;
    }

    /** Đ/đ as D/d: the one Vietnamese letter the collation does not equate with its unaccented form. */
    public static String foldStroke(String text) {
        return text.replace('Đ', 'D').replace('đ', 'd');
    }

    /**
     * A LIKE pattern (escape {@link #LIKE_ESCAPE}) finding text that contains {@code query}, to compare with
     * {@code REPLACE(REPLACE(column, 'Đ', 'D'), 'đ', 'd')} under the column's accent-insensitive collation.
     */
    public static String containsPattern(String query) {
        return "%" + escapeLike(foldStroke(nfc(query))) + "%";
    }

    /** A LIKE pattern (escape {@link #LIKE_ESCAPE}) finding text that starts with {@code prefix}. */
    public static String startsWithPattern(String prefix) {
        return escapeLike(nfc(prefix)) + "%";
    }

    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}

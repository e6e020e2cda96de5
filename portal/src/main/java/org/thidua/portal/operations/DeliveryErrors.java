package org.thidua.portal.operations;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A failed delivery's error in words: the SMTP server's or the connection's message is sorted into what an operator
 * can act on, the last part of an {@code operations.deliveryError.*} message key. The message itself stays on the
 * page, under the words, for whoever reads SMTP.
 */
final class DeliveryErrors {

    private static final Pattern PERMANENT = Pattern.compile("(^|\\D)5\\d\\d(\\D|$)");
    private static final Pattern TRANSIENT = Pattern.compile("(^|\\D)4\\d\\d(\\D|$)");

    private DeliveryErrors() {}

    static String kind(@Nullable String error) {
        if (error == null || error.isBlank()) {
            return "unknown";
        }
        String text = error.toLowerCase(Locale.ROOT);
        if (text.contains("connect")
                || text.contains("timed out")
                || text.contains("timeout")
                || text.contains("unknown host")) {
            return "unreachable";
        }
        if (PERMANENT.matcher(text).find()) {
            return "refused";
        }
        if (TRANSIENT.matcher(text).find()) {
            return "later";
        }
        return "other";
    }
}

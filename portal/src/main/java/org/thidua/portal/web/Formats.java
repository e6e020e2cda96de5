package org.thidua.portal.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How a person reads dates, amounts and names, whatever the page's language: {@code 15/01/2020}, {@code 15/01/2020
 * 08:30} (Hà Nội time), {@code 1.490.000 ₫}, and the accent-insensitive folding search boxes compare with. Pages reach
 * it as {@code fmt} ({@link PageModel}).
 */
public final class Formats {

    /** The suite's people work in Vietnam; instants are shown in its time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** {@code 2020-01-15}, a LocalDate or an Instant → {@code 15/01/2020}; null → empty. */
    public String date(Object value) {
        TemporalAccessor temporal = temporal(value);
        return temporal == null ? "" : DATE.format(temporal);
    }

    /** An instant (or its ISO text) → {@code 15/01/2020 08:30} in Vietnam's time; null → empty. */
    public String dateTime(Object value) {
        TemporalAccessor temporal = temporal(value);
        if (temporal instanceof LocalDate day) {
            return DATE.format(day);
        }
        return temporal == null ? "" : DATE_TIME.format(temporal);
    }

    /** {@code 1490000} → {@code 1.490.000 ₫} (đồng have no fraction; half up). */
    public String money(Object value) {
        BigDecimal amount = decimal(value);
        return amount == null ? "" : grouped(amount.setScale(0, RoundingMode.HALF_UP)) + " ₫";
    }

    /** Points as Vietnamese write them: {@code 92,5}, {@code 100}. */
    public String points(Object value) {
        BigDecimal amount = decimal(value);
        if (amount == null) {
            return "";
        }
        DecimalFormat format =
                new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return format.format(amount);
    }

    /** Lower case without tones or marks, đ as d: "Thanh Hóa" and "thanh hoa" fold alike. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }

    /** Whether {@code text} contains {@code query}, accents and case ignored; a blank query matches everything. */
    public static boolean matches(String text, String query) {
        return query == null || query.isBlank() || fold(text).contains(fold(query));
    }

    private static String grouped(BigDecimal whole) {
        DecimalFormat format =
                new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return format.format(whole);
    }

    private static TemporalAccessor temporal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof Instant instant) {
            return instant.atZone(ZONE);
        }
        String text = value.toString();
        if (text.isBlank()) {
            return null;
        }
        return text.length() == 10 ? LocalDate.parse(text) : Instant.parse(text).atZone(ZONE);
    }

    private static BigDecimal decimal(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof BigDecimal amount ? amount : new BigDecimal(value.toString());
    }
}

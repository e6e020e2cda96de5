package org.thidua.notifications.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * How notices write what a person reads (ADR 0035), given to every template as {@code format}: dates as
 * {@code 15/03/2019}, review periods by their names ("sơ kết 6 tháng", "mid-year review"), what is due by its name,
 * points with a decimal comma in Vietnamese. Templates never print an event's enum code or ISO date themselves.
 */
public final class NoticeFormat {

    /** Dates and instants are read on the office's calendar. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Map<String, Map<String, String>> NAMES = Map.of(
            "vi",
                    Map.of(
                            "MID_YEAR", "sơ kết 6 tháng",
                            "YEAR_END", "tổng kết năm",
                            "REGISTRATION", "đăng ký thi đua",
                            "SCORE_SHEET", "bảng tự chấm điểm"),
            "en",
                    Map.of(
                            "MID_YEAR", "mid-year review",
                            "YEAR_END", "year-end review",
                            "REGISTRATION", "registration",
                            "SCORE_SHEET", "score sheet"));

    private final String language;

    private NoticeFormat(String language) {
        this.language = NAMES.containsKey(language) ? language : "vi";
    }

    public static NoticeFormat of(String language) {
        return new NoticeFormat(language);
    }

    /** {@code 2019-03-15} (or an instant, on the office's calendar) as {@code 15/03/2019}; empty for null. */
    public String date(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        try {
            return LocalDate.parse(text).format(DATE);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text).atZoneSameInstant(OFFICE_ZONE).format(DATE);
            } catch (DateTimeParseException notAnInstant) {
                return Instant.parse(text).atZone(OFFICE_ZONE).format(DATE);
            }
        }
    }

    /** A review period by its name: "sơ kết 6 tháng" / "mid-year review", "tổng kết năm" / "year-end review". */
    public String period(Object code) {
        return name(code);
    }

    /** What a reminder is about: "đăng ký thi đua" / "registration", "bảng tự chấm điểm" / "score sheet". */
    public String kind(Object code) {
        return name(code);
    }

    /** Points as a person writes them: {@code 92,5} in Vietnamese, {@code 92.5} in English, no trailing zeros. */
    public String points(Object value) {
        if (value == null) {
            return "";
        }
        String plain = new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        return "vi".equals(language) ? plain.replace('.', ',') : plain;
    }

    /** An amount in đồng as Vietnamese write it in either language: {@code 1.490.000 ₫} (no fraction, half up). */
    public String money(Object value) {
        if (value == null) {
            return "";
        }
        BigDecimal whole = new BigDecimal(value.toString()).setScale(0, RoundingMode.HALF_UP);
        DecimalFormat grouped =
                new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return grouped.format(whole) + " ₫";
    }

    private String name(Object code) {
        if (code == null) {
            return "";
        }
        String name = NAMES.get(language).get(code.toString());
        // a value added to an event after this release is written in words rather than failing the whole notice
        return name != null ? name : code.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

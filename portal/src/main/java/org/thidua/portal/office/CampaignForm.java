package org.thidua.portal.office;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the office's forms become campaigns-service requests: dates typed as Vietnamese write them ({@code 15/01/2020},
 * or the ISO form a date picker sends), the periods whose two dates are given, the criteria rows that are filled in.
 * What cannot be read is named by the field the service would name, so the page shows it in the same place.
 */
final class CampaignForm {

    static final String UNREADABLE_DATE = "Ngày không hợp lệ: viết theo dạng ngày/tháng/năm, ví dụ 15/01/2020";
    static final String UNREADABLE_NUMBER = "Số điểm không hợp lệ, ví dụ 40 hoặc 12,5";
    private static final DateTimeFormatter VIETNAMESE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** The form's period fields, in the order the request lists them: {@code periods[0]} is the mid-year one. */
    private static final List<String> PERIODS = List.of("MID_YEAR", "YEAR_END");

    private CampaignForm() {}

    /** A request, or the fields that could not be read (keyed as the service names them). */
    record Read<T>(T request, Map<String, String> unreadable) {
        boolean ok() {
            return unreadable.isEmpty();
        }
    }

    /** The draft form: code, title, theme, kind, year, the dates, and each period's end and submission deadline. */
    static Read<OfficeCampaigns.CampaignRequest> draft(Map<String, String> form, OfficeCampaigns.Scope scope) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        Integer year = null;
        String typedYear = text(form, "year");
        if (!typedYear.isEmpty()) {
            try {
                year = Integer.valueOf(typedYear);
            } catch (NumberFormatException e) {
                unreadable.put("year", "Năm không hợp lệ, ví dụ 2019");
            }
        }
        List<OfficeCampaigns.PeriodRequest> periods = new ArrayList<>();
        for (String period : PERIODS) {
            String end = text(form, period + ".endDate");
            String due = text(form, period + ".submissionDeadline");
            if (end.isEmpty() && due.isEmpty()) {
                continue;
            }
            String prefix = "periods[" + periods.size() + "].";
            periods.add(new OfficeCampaigns.PeriodRequest(
                    period,
                    date(end, prefix + "endDate", unreadable),
                    date(due, prefix + "submissionDeadline", unreadable)));
        }
        OfficeCampaigns.CampaignRequest request = new OfficeCampaigns.CampaignRequest(
                text(form, "code"),
                text(form, "title"),
                text(form, "theme"),
                text(form, "kind"),
                year,
                date(text(form, "startDate"), "startDate", unreadable),
                date(text(form, "endDate"), "endDate", unreadable),
                date(text(form, "registrationDeadline"), "registrationDeadline", unreadable),
                scope,
                periods,
                null);
        return new Read<>(request, unreadable);
    }

    /**
     * The criteria editor's rows ({@code group.0}, {@code code.0}, {@code name.0}, {@code maxPoints.0},
     * {@code appliesTo.0}, ...): a row with neither code nor name is left out; points accept a decimal comma.
     */
    static Read<List<OfficeCampaigns.Criterion>> criteria(Map<String, String> form) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        List<OfficeCampaigns.Criterion> criteria = new ArrayList<>();
        for (int row = 0; form.containsKey("code." + row) || form.containsKey("name." + row); row++) {
            String code = text(form, "code." + row);
            String name = text(form, "name." + row);
            if (code.isEmpty() && name.isEmpty()) {
                continue;
            }
            String points = text(form, "maxPoints." + row).replace(".", "").replace(',', '.');
            BigDecimal maxPoints = null;
            if (!points.isEmpty()) {
                try {
                    maxPoints = new BigDecimal(points);
                } catch (NumberFormatException e) {
                    unreadable.put("[" + criteria.size() + "].maxPoints", UNREADABLE_NUMBER);
                }
            }
            String appliesTo = text(form, "appliesTo." + row);
            criteria.add(new OfficeCampaigns.Criterion(
                    text(form, "group." + row), code, name, maxPoints, appliesTo.isEmpty() ? "COLLECTIVE" : appliesTo));
        }
        return new Read<>(criteria, unreadable);
    }

    /** {@code 15/01/2020}, {@code 5/1/2020} or {@code 2020-01-15}; blank is null (the service says it is required). */
    static LocalDate date(String text, String field, Map<String, String> unreadable) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            unreadable.put(field, UNREADABLE_DATE);
            return null;
        }
    }

    private static String text(Map<String, String> form, String key) {
        String value = form.get(key);
        return value == null ? "" : value.strip();
    }
}

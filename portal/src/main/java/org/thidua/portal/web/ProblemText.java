package org.thidua.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services word their refusals in English (an API's audience is a developer); a person reading the portal in
 * Vietnamese reads the common ones in Vietnamese. What is not known here is shown as the service wrote it.
 */
public final class ProblemText {

    private static final Map<Pattern, String> VIETNAMESE = new LinkedHashMap<>();

    static {
        rule("must not be blank", "không được để trống");
        rule("must not be null", "bắt buộc phải có");
        rule("must not be empty", "không được để trống");
        rule(
                "must be at most (\\S+) \\(the criterion's maximum\\)",
                "không được vượt quá $1 (điểm tối đa của tiêu chí)");
        rule("must be at most (\\S+)", "không được lớn hơn $1");
        rule("must be at least (\\S+)", "không được nhỏ hơn $1");
        rule("must be less than or equal to (\\S+)", "không được lớn hơn $1");
        rule("must be greater than or equal to (\\S+)", "không được nhỏ hơn $1");
        rule("size must be between (\\d+) and (\\d+)", "phải dài từ $1 đến $2 ký tự");
        rule("must be between (\\S+) and (\\S+)", "phải trong khoảng từ $1 đến $2");
        rule("must be text", "phải là chữ");
        rule("must be a number", "phải là số");
        rule("must be a whole number", "phải là số nguyên");
        rule("must be a date written yyyy-mm-dd", "phải là một ngày hợp lệ");
        rule("must be an absolute http or https address.*", "phải là một địa chỉ http hoặc https đầy đủ");
        rule("must not contain control characters.*", "không được chứa ký tự điều khiển");
        rule("must not contain bidirectional override characters.*", "không được chứa ký tự đảo chiều văn bản");
        rule("must be one of (.*)", "phải là một trong các giá trị: $1");
    }

    private ProblemText() {}

    private static void rule(String english, String vietnamese) {
        VIETNAMESE.put(Pattern.compile(english, Pattern.CASE_INSENSITIVE), vietnamese);
    }

    /** {@code message} in {@code language} ({@code vi} or {@code en}). */
    public static String in(String language, String message) {
        if (message == null || "en".equals(language)) {
            return message;
        }
        for (Map.Entry<Pattern, String> rule : VIETNAMESE.entrySet()) {
            Matcher matcher = rule.getKey().matcher(message.strip());
            if (matcher.matches()) {
                return matcher.replaceAll(rule.getValue());
            }
        }
        return message;
    }
}

package org.thidua.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The portal's development sign-in page lets anyone sign in as anyone; only {@code ./thidua up} turns it on. In a
 * deployment file it is absent or false, for every container (ADR 56).
 */
final class DevelopmentSignIn {

    static final String VARIABLE = "THIDUA_PORTAL_DEV_SIGN_IN";

    private DevelopmentSignIn() {}

    static List<String> problems(String where, Map<String, String> environment) {
        List<String> problems = new ArrayList<>();
        String value = environment.get(VARIABLE);
        if (value != null && !value.isBlank() && !"false".equals(value.strip().toLowerCase(Locale.ROOT))) {
            problems.add(where + ": " + VARIABLE + "=" + value + " turns the development sign-in on, which lets "
                    + "anyone sign in as anyone");
        }
        return problems;
    }
}

package org.thidua.awards.rules;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How a condition's explanation names a title: by the rule set's Vietnamese and English names (never its code). A
 * title the names do not know (a condition evaluated without its rule set) is named by its code.
 */
public interface TitleNames {

    String vi(String code);

    String en(String code);

    /** Names titles by their codes: for a condition evaluated without its rule set. */
    TitleNames CODES = new TitleNames() {
        @Override
        public String vi(String code) {
            return code;
        }

        @Override
        public String en(String code) {
            return code;
        }
    };

    /** The names the rule set gives its titles. */
    static TitleNames of(RuleSet ruleSet) {
        Map<String, Title> byCode =
                ruleSet.titles().stream().collect(Collectors.toMap(Title::code, Function.identity(), (a, b) -> a));
        return new TitleNames() {
            @Override
            public String vi(String code) {
                Title title = byCode.get(code);
                return title == null || title.nameVi() == null ? code : title.nameVi();
            }

            @Override
            public String en(String code) {
                Title title = byCode.get(code);
                return title == null || title.nameEn() == null ? code : title.nameEn();
            }
        };
    }
}

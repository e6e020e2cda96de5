package org.thidua.portal.awards;

import io.micronaut.core.annotation.Nullable;

/**
 * What a person reads of one ground: the service's explanation in the person's language (English where the page is
 * in English, Vietnamese otherwise); a ground stored before the explanations existed, or a reason the office typed,
 * has none and reads as its reason (ADR 87).
 */
public final class GroundText {

    private GroundText() {}

    public static String of(
            @Nullable String lang,
            @Nullable String explanationVi,
            @Nullable String explanationEn,
            @Nullable String reason,
            @Nullable String condition) {
        String explanation = "en".equals(lang) && explanationEn != null ? explanationEn : explanationVi;
        if (explanation != null) {
            return explanation;
        }
        return reason != null ? reason : condition;
    }
}

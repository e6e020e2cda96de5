package org.thidua.campaigns.scoresheet;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated text, when present, is an evidence link by the rule of {@link EvidenceLinks}. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface EvidenceLink {

    String message() default
            "must be an absolute http or https address with a host, at most 2000 characters, "
                    + "e.g. https://quochoi.vn/minh-chung/bao-cao.pdf";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

package org.thidua.units.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated text, when present, is an e-mail address by the rule of {@link EmailAddresses}. */
@Documented
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
public @interface EmailAddress {

    String message() default "must be an e-mail address, e.g. thiduakhenthuong@quochoi.vn";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

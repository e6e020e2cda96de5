package org.thidua.units.text;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

/** Checks {@link EmailAddress}; absent values are for {@code @NotBlank} to judge. */
@Singleton
public class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

    @Override
    public boolean isValid(String value, AnnotationValue<EmailAddress> annotation, ConstraintValidatorContext context) {
        return value == null || EmailAddresses.isValid(value);
    }
}

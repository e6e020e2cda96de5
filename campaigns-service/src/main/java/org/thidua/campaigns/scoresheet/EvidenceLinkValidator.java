package org.thidua.campaigns.scoresheet;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

/** Checks {@link EvidenceLink}; absent values are for {@code @NotBlank} to judge. */
@Singleton
public class EvidenceLinkValidator implements ConstraintValidator<EvidenceLink, String> {

    @Override
    public boolean isValid(String value, AnnotationValue<EvidenceLink> annotation, ConstraintValidatorContext context) {
        return value == null || EvidenceLinks.isValid(value);
    }
}

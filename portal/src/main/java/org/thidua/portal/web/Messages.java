package org.thidua.portal.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** The pages' texts: i18n/messages_vi.properties first, messages_en.properties for the English switch. */
@Factory
final class Messages {

    @Singleton
    MessageSource messages() {
        return new ResourceBundleMessageSource("i18n.messages");
    }
}

package org.thidua.portal.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The pages' texts, Vietnamese first ({@code _vi}), English for the switch ({@code _en}). One bundle per area of the
 * portal, so each area's texts live beside each other; Micronaut's composite message source reads them all.
 */
@Factory
final class Messages {

    @Singleton
    @Named("common")
    MessageSource common() {
        return new ResourceBundleMessageSource("i18n.messages");
    }

    /** The unit officer's pages: inbox, registration, covenant, score sheets, the unit's awards. */
    @Singleton
    @Named("officer")
    MessageSource officer() {
        return new ResourceBundleMessageSource("i18n.officer");
    }

    /** The emulation office's pages: units, groups, campaigns, registrations, progress, periods, rankings. */
    @Singleton
    @Named("office")
    MessageSource office() {
        return new ResourceBundleMessageSource("i18n.office");
    }

    /** Reviewers' and council members' pages: score sheets to review, sessions and ballots. */
    @Singleton
    @Named("review")
    MessageSource review() {
        return new ResourceBundleMessageSource("i18n.review");
    }

    /** Nominations, disclosure, decisions and the award registry. */
    @Singleton
    @Named("awards")
    MessageSource awards() {
        return new ResourceBundleMessageSource("i18n.awards");
    }

    /** The operator console: services' status, failed deliveries, dead letters, replays, one event followed. */
    @Singleton
    @Named("operations")
    MessageSource operations() {
        return new ResourceBundleMessageSource("i18n.operations");
    }
}

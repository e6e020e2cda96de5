package org.thidua.notifications.delivery;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;

/**
 * The JavaMail session of this application context, from its {@code javamail.properties.*}. Micronaut's
 * {@link DefaultSessionProvider} returns {@code Session.getDefaultInstance}, one session per JVM built from the first
 * caller's properties: a second application context in the same JVM (the next test class, with its own SMTP server)
 * sent to the first one's server, which was gone ("Connection refused").
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
class ApplicationSessionProvider implements SessionProvider {

    private final Session session;

    ApplicationSessionProvider(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
        java.util.Properties mail = properties.mailProperties();
        if (authenticator != null && !mail.containsKey("mail.smtp.auth")) {
            mail.setProperty("mail.smtp.auth", "true");
        }
        this.session = Session.getInstance(mail, authenticator);
    }

    @Override
    public Session session() {
        return session;
    }
}

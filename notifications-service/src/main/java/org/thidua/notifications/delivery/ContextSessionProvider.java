package org.thidua.notifications.delivery;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;
import java.util.Properties;

/**
 * The mail session of this application context, made from its own {@code javamail.properties.*}. Micronaut's
 * {@link DefaultSessionProvider} asks Jakarta Mail for the JVM-wide default session, which keeps the properties of
 * whichever context asked first: a second context in the same JVM (the next test class) sent its e-mails to the
 * first one's SMTP server. Otherwise the same: {@code mail.smtp.auth} is set when an authenticator is configured.
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
class ContextSessionProvider implements SessionProvider {

    private final Session session;

    ContextSessionProvider(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
        Properties mail = properties.mailProperties();
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

package org.thidua.portal;

import io.micronaut.runtime.Micronaut;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.LoggerFactory;

/** The web portal: pages for every person of the cycle over the four services' APIs (ADR 70). */
public class Application {

    static final String SESSION_SECRET = "THIDUA_PORTAL_SESSION_SECRET";

    public static void main(String[] args) {
        if (System.getenv(SESSION_SECRET) == null && System.getProperty("thidua.portal.session-secret") == null) {
            // one process alone (./thidua up, tests): sessions are signed with a key of this run; replicas (compose,
            // Kubernetes) share THIDUA_PORTAL_SESSION_SECRET so a person stays signed in across them and restarts
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            System.setProperty(
                    "thidua.portal.session-secret", Base64.getEncoder().encodeToString(key));
            LoggerFactory.getLogger(Application.class)
                    .warn("{} is not set: sessions end when this process stops", SESSION_SECRET);
        }
        Micronaut.run(Application.class, args);
    }
}

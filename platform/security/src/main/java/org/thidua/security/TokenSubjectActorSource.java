package org.thidua.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import org.thidua.messaging.ActorSource;

/** The audit's actor is the subject of the request's token; consumers and jobs, outside a request, are the system. */
@Singleton
@Requires(classes = ActorSource.class)
class TokenSubjectActorSource implements ActorSource {

    private final SecurityService security;

    TokenSubjectActorSource(SecurityService security) {
        this.security = security;
    }

    @Override
    public String currentActor() {
        return security.username().orElse(SYSTEM);
    }
}

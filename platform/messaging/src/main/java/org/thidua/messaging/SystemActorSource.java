package org.thidua.messaging;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/** Without platform/security every change is the system's. */
@Singleton
@Secondary
class SystemActorSource implements ActorSource {

    @Override
    public String currentActor() {
        return SYSTEM;
    }
}

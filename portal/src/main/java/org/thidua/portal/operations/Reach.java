package org.thidua.portal.operations;

import io.micronaut.core.annotation.Nullable;

/** What one service answered, or that it could not be reached (down, or without the route): the page goes on. */
record Reach<T>(String service, @Nullable T value) {

    static <T> Reach<T> unreachable(String service) {
        return new Reach<>(service, null);
    }

    public boolean reachable() {
        return value != null;
    }
}

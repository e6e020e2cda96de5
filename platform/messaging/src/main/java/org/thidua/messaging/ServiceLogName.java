package org.thidua.messaging;

import ch.qos.logback.core.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Names the service in its log lines: puts {@code micronaut.application.name} into logback's context as
 * {@code service}, which a JSON line carries (THIDUA_LOG_FORMAT=json, ADR 0090). One shared logback.xml serves the
 * four services, so the name comes from each one's configuration, not from the file.
 */
@io.micronaut.context.annotation.Context
@Requires(classes = Context.class)
@Requires(property = "micronaut.application.name")
class ServiceLogName {

    static final String PROPERTY = "service";

    private final String name;

    ServiceLogName(@Value("${micronaut.application.name}") String name) {
        this.name = name;
    }

    @PostConstruct
    void install() {
        install(LoggerFactory.getILoggerFactory(), name);
    }

    /** Puts {@code name} into {@code factory} when it is logback's (another SLF4J binding has no such context). */
    static void install(ILoggerFactory factory, String name) {
        if (factory instanceof Context context) {
            context.putProperty(PROPERTY, name);
        }
    }
}

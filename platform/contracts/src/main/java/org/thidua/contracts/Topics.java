package org.thidua.contracts;

import java.util.List;
import java.util.Map;

/** Every Kafka topic of the suite. Records are keyed by the aggregate id, so events of one aggregate stay in order. */
public final class Topics {
    public static final String UNITS = "thidua.units.v1";
    public static final String GROUPS = "thidua.groups.v1";
    public static final String CAMPAIGNS = "thidua.campaigns.v1";
    public static final String REGISTRATIONS = "thidua.registrations.v1";
    public static final String REVIEWS = "thidua.reviews.v1";
    public static final String AWARDS = "thidua.awards.v1";
    public static final String NOTIFICATIONS = "thidua.notifications.v1";

    /** The streams that carry domain events, in the order a reader meets them in the year's flow. */
    public static final List<String> ALL =
            List.of(UNITS, GROUPS, CAMPAIGNS, REGISTRATIONS, REVIEWS, AWARDS, NOTIFICATIONS);

    /** The one service that publishes to each topic (its CloudEvents {@code source} is {@code /<service>}). */
    private static final Map<String, String> PUBLISHERS = Map.of(
            UNITS, "units-service",
            GROUPS, "units-service",
            CAMPAIGNS, "campaigns-service",
            REGISTRATIONS, "campaigns-service",
            REVIEWS, "campaigns-service",
            AWARDS, "awards-service",
            NOTIFICATIONS, "notifications-service");

    private Topics() {}

    /** The service that publishes to {@code topic}, e.g. {@code units-service} for {@link #UNITS}. */
    public static String publisher(String topic) {
        String service = PUBLISHERS.get(topic);
        if (service == null) {
            throw new IllegalArgumentException("Not a topic of the suite: " + topic);
        }
        return service;
    }

    /** The dead-letter topic of one service, e.g. {@code thidua.notifications-service.dlq}. */
    public static String deadLetters(String serviceName) {
        return "thidua." + serviceName + ".dlq";
    }
}

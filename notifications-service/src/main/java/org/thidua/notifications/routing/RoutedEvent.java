package org.thidua.notifications.routing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.thidua.notifications.routing.NotificationRouting.Route;

/**
 * An event on its way to notices: its route, its id, its data as published (read as its contract record by the
 * audience) and that data as template variables ({@code event} in a template, the values of a portal link).
 */
record RoutedEvent(Route route, String eventId, byte[] data, Map<String, Object> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RoutedEvent of(Route route, String eventId, byte[] data) {
        try {
            return new RoutedEvent(route, eventId, data, JSON.readValue(data, new TypeReference<>() {}));
        } catch (IOException e) {
            throw new IllegalArgumentException("Event data is not JSON", e);
        }
    }

    String eventType() {
        return route.eventType();
    }

    /** The campaign the event names, or null. */
    String campaignId() {
        return text("campaignId");
    }

    /** The unit the event names ({@code unitId}), or null. */
    String unitId() {
        return text("unitId");
    }

    private String text(String property) {
        return fields.get(property) instanceof String text ? text : null;
    }
}

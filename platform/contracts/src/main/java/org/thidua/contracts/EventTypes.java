package org.thidua.contracts;

import java.util.List;
import java.util.Map;

import org.thidua.contracts.units.UnitRegistered;

/** The catalogue of event types: which Java type carries each, and where its JSON Schema lives. */
public final class EventTypes {

    private static final Map<String, Class<? extends Event>> TYPES = Map.of(
            UnitRegistered.TYPE, UnitRegistered.class);

    private EventTypes() {
    }

    public static List<String> all() {
        return TYPES.keySet().stream().sorted().toList();
    }

    public static Class<? extends Event> javaType(String type) {
        Class<? extends Event> javaType = TYPES.get(type);
        if (javaType == null) {
            throw new IllegalArgumentException("Unknown event type: " + type);
        }
        return javaType;
    }

    public static boolean isKnown(String type) {
        return TYPES.containsKey(type);
    }

    /** Class-path resource of the JSON Schema of {@code type}. */
    public static String schemaPath(String type) {
        return "org/thidua/contracts/schemas/" + type + ".json";
    }
}

package org.thidua.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Lists kept in one JSON text column (commitments, targets, grounds, eligibility results), written and read whole:
 * the services' one way to store such a list.
 */
public final class JsonColumns {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonColumns() {}

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> List<T> readList(String json, Class<T> element) {
        try {
            CollectionType type = JSON.getTypeFactory().constructCollectionType(List.class, element);
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

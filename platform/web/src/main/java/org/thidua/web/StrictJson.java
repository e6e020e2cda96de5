package org.thidua.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How every service reads JSON values (ADR 8): a value of the wrong type is refused, never coerced ({@code 123} is
 * not the text "123", {@code ["x"]} is not "x", {@code "10"} is not the number 10); text passes
 * {@link RequestText}; numbers fit the widest DECIMAL column of the suite; dates are ISO {@code yyyy-mm-dd} within
 * {@link #EARLIEST} and {@link #LATEST}. A refusal is a {@link JsonValueRefused} naming the field. These replace
 * Micronaut Serialization's own readers of strings, booleans, whole numbers, decimals, dates and enums, which
 * coerce between types.
 */
@Factory
public class StrictJson {

    /** The earliest date a request may name. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest date a request may name. */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    /** Decimals stay below 10^15 in magnitude: the widest DECIMAL column of the suite is DECIMAL(15, 0). */
    public static final BigDecimal DECIMAL_LIMIT = BigDecimal.TEN.pow(15);

    /** The field of a value that is not a property (the whole body, an element of a list). */
    private static final String UNNAMED = "request";

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Singleton
    @Primary
    Deserializer<String> strings() {
        return (decoder, context, type) -> text(decoder, field(type));
    }

    /**
     * Lists, read element by element with the readers above, so that a refused element is named by its place:
     * {@code unitIds[1]}, {@code entries[0].points} (as bean validation names them). It also replaces Serde's own
     * reader of lists of strings, which would coerce the elements.
     */
    @Singleton
    @Primary
    @SuppressWarnings({"rawtypes", "unchecked"})
    Deserializer<List> lists() {
        return new Deserializer<>() {
            @Override
            public Deserializer<List> createSpecific(DecoderContext context, Argument<? super List> type)
                    throws SerdeException {
                Argument<Object> element =
                        (Argument<Object>) type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
                Deserializer<Object> elements =
                        (Deserializer<Object>) context.findDeserializer(element).createSpecific(context, element);
                return (decoder, ctx, argument) -> {
                    String field = field(argument);
                    Decoder array;
                    try {
                        array = decoder.decodeArray();
                    } catch (SerdeException e) {
                        throw new JsonValueRefused(field, "must be a list");
                    }
                    List<Object> list = new ArrayList<>();
                    while (array.hasNextArrayValue()) {
                        String at = field + "[" + list.size() + "]";
                        try {
                            list.add(elements.deserializeNullable(array, ctx, element));
                        } catch (JsonValueRefused e) {
                            boolean itself =
                                    e.field().equals(UNNAMED) || e.field().equals(element.getName());
                            throw new JsonValueRefused(itself ? at : at + "." + e.field(), e.reason());
                        }
                    }
                    array.finishStructure();
                    return list;
                };
            }

            @Override
            public List deserialize(Decoder decoder, DecoderContext context, Argument<? super List> type)
                    throws IOException {
                return createSpecific(context, type).deserialize(decoder, context, type);
            }
        };
    }

    @Singleton
    @Primary
    Deserializer<Boolean> booleans() {
        return (Reader<Boolean>) (decoder, context, type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isBoolean()) {
                throw new JsonValueRefused(field(type), "must be true or false");
            }
            return node.getBooleanValue();
        };
    }

    @Singleton
    @Primary
    Deserializer<Integer> integers() {
        return (Reader<Integer>) (decoder, context, type) -> {
            long value = whole(decoder, type);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new JsonValueRefused(
                        field(type), "must be between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
            }
            return (int) value;
        };
    }

    @Singleton
    @Primary
    Deserializer<Long> longs() {
        return (Reader<Long>) (decoder, context, type) -> whole(decoder, type);
    }

    @Singleton
    @Primary
    Deserializer<BigDecimal> decimals() {
        return (decoder, context, type) -> {
            JsonNode node = decoder.decodeNode();
            if (!node.isNumber()) {
                throw new JsonValueRefused(field(type), "must be a number");
            }
            BigDecimal value = decimal(node.getNumberValue());
            if (value == null || value.abs().compareTo(DECIMAL_LIMIT) >= 0) {
                throw new JsonValueRefused(field(type), "must be less than 10^15 in magnitude");
            }
            return value;
        };
    }

    @Singleton
    @Primary
    Deserializer<LocalDate> dates() {
        return (decoder, context, type) -> {
            String text = text(decoder, field(type));
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new JsonValueRefused(field(type), "must be a date written yyyy-mm-dd");
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new JsonValueRefused(field(type), "must be between " + EARLIEST + " and " + LATEST);
            }
            return date;
        };
    }

    @Singleton
    @Primary
    @SuppressWarnings({"rawtypes", "unchecked"})
    Deserializer<Enum> enums() {
        return new Deserializer<>() {
            @Override
            public Deserializer<Enum> createSpecific(DecoderContext context, Argument<? super Enum> type) {
                Class<?> enumType = type.getType();
                Enum[] constants = (Enum[]) enumType.getEnumConstants();
                String allowed = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
                return (decoder, ctx, argument) -> {
                    String text = text(decoder, field(argument));
                    for (Enum constant : constants) {
                        if (constant.name().equals(text.toUpperCase(Locale.ROOT))) {
                            return constant;
                        }
                    }
                    throw new JsonValueRefused(field(argument), "must be one of " + allowed);
                };
            }

            @Override
            public Enum deserialize(Decoder decoder, DecoderContext context, Argument<? super Enum> type)
                    throws IOException {
                return createSpecific(context, type).deserialize(decoder, context, type);
            }
        };
    }

    /** A reader that gives a missing primitive property Java's default, as Serde's own readers do. */
    @FunctionalInterface
    private interface Reader<T> extends Deserializer<T> {
        @Override
        @SuppressWarnings("unchecked")
        default T getDefaultValue(DecoderContext context, Argument<? super T> type) {
            if (!type.isPrimitive()) {
                return null;
            }
            Class<?> primitive = type.getType();
            if (primitive == boolean.class) {
                return (T) Boolean.FALSE;
            }
            return (T) (primitive == int.class ? (Object) 0 : (Object) 0L);
        }
    }

    private static String text(Decoder decoder, String field) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isString()) {
            throw new JsonValueRefused(field, "must be text");
        }
        String text = node.getStringValue();
        String refusal = RequestText.refusal(text);
        if (refusal != null) {
            throw new JsonValueRefused(field, refusal);
        }
        return text;
    }

    private static long whole(Decoder decoder, Argument<?> type) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isNumber()) {
            throw new JsonValueRefused(field(type), "must be a whole number");
        }
        Number number = node.getNumberValue();
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return number.longValue();
        }
        if (number instanceof BigInteger big && big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0) {
            return big.longValue();
        }
        if (number instanceof BigInteger) {
            throw new JsonValueRefused(field(type), "must be between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
        }
        throw new JsonValueRefused(field(type), "must be a whole number");
    }

    /** The exact decimal a JSON number was written as; null when it is beyond any double (e.g. 1e400). */
    private static BigDecimal decimal(Number number) {
        if (number instanceof BigDecimal exact) {
            return exact;
        }
        if (number instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            // Double.toString is the shortest decimal that reads back as the same double: what the client wrote,
            // for any number of up to 15 significant digits, which is all a DECIMAL(15, x) column holds
            return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
        }
        return BigDecimal.valueOf(number.longValue());
    }

    /** The field a value belongs to: the property's name, or {@code request} when the value has none. */
    static String field(Argument<?> type) {
        String name = type.getName();
        if (type.isTypeVariable() || name == null || name.isBlank()) {
            return UNNAMED;
        }
        return name;
    }
}

package org.thidua.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A WHERE clause built from the filters a request gives (ADR 97): each condition is SQL text written by the
 * programmer, with {@code ?} for its values, and is added only when its filter is present; the values travel as
 * parameters, never as text, an enum as its name (as Micronaut Data stores it). {@link #sql()} is empty when no
 * condition was added.
 *
 * <pre>{@code
 * Where where = Where.of()
 *         .andIfPresent(year, "g.year = ?")
 *         .andIfPresent(name, "(u.name LIKE ? OR u.short_name LIKE ?)", VietnameseText::containsPattern);
 * jdbc.prepareStatement("SELECT ... FROM unit_group g" + where.sql() + " ORDER BY ...", ...where.parameters()...);
 * }</pre>
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    private Where() {}

    public static Where of() {
        return new Where();
    }

    /** Adds {@code condition}, whose {@code ?} marks take {@code values} in order. */
    public Where and(String condition, Object... values) {
        int marks = marks(condition);
        if (marks != values.length) {
            throw new IllegalArgumentException(
                    "The condition " + condition + " has " + marks + " marks for " + values.length + " values");
        }
        conditions.add(condition);
        for (Object value : values) {
            parameters.add(value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** {@code column IN (…values)}; an empty collection matches nothing. {@code column} is SQL text, never input. */
    public Where andIn(String column, Collection<?> values) {
        if (values.isEmpty()) {
            return and("1 = 0");
        }
        return and(
                column + " IN (" + String.join(",", Collections.nCopies(values.size(), "?")) + ")", values.toArray());
    }

    /** Adds {@code condition} with {@code values} when {@code when} holds; nothing otherwise. */
    public Where andIf(boolean when, String condition, Object... values) {
        return when ? and(condition, values) : this;
    }

    /** Adds {@code condition} when {@code value} is not null, every {@code ?} mark of it taking {@code value}. */
    public Where andIfPresent(Object value, String condition) {
        return andIfPresent(value, condition, Function.identity());
    }

    /**
     * Adds {@code condition} when {@code value} is not null, every {@code ?} mark of it taking
     * {@code parameter.apply(value)} (a LIKE pattern, an enum's name, a normalised text), computed only then.
     */
    public <T> Where andIfPresent(T value, String condition, Function<? super T, ?> parameter) {
        if (value == null) {
            return this;
        }
        Object bound = parameter.apply(value);
        return and(condition, Collections.nCopies(marks(condition), bound).toArray());
    }

    /** {@code " WHERE a AND b"}, with a leading space, or the empty text when there is no condition. */
    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The values of the conditions' marks, in order (a copy: append the LIMIT and OFFSET values to it). */
    public List<Object> parameters() {
        return new ArrayList<>(parameters);
    }

    /** The values of the conditions' marks followed by {@code more} (the LIMIT and OFFSET of a page, say). */
    public List<Object> parameters(Object... more) {
        List<Object> all = parameters();
        Collections.addAll(all, more);
        return all;
    }

    private static int marks(String condition) {
        return (int) condition.chars().filter(c -> c == '?').count();
    }
}

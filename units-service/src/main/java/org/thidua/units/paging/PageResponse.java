package org.thidua.units.paging;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code page} counts from 0, {@code total} is the number of items on all pages. */
@Serdeable
@Schema(description = "One page of a list; page counts from 0, total counts the items on all pages")
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    /** The largest page a client may ask for. */
    public static final int MAX_SIZE = 200;
    /** The highest page number accepted (keeps OFFSET arithmetic far from overflow). */
    public static final int MAX_PAGE = 100_000;

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** The row offset of {@code page} at {@code size} items a page. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }
}

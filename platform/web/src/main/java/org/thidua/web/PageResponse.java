package org.thidua.web;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of a list, the shape units-service's lists already answer with: {@code page} counts from 0, {@code total}
 * is the number of items on all pages (what a client needs to offer the next page or say "3 of 57").
 */
@Serdeable
@Schema(description = "One page of a list; page counts from 0, total counts the items on all pages")
public record PageResponse<T>(List<T> items, int page, int size, long total) {}

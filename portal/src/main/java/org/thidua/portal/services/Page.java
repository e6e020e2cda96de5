package org.thidua.portal.services;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** A page of a service's list: its items and the total number of matches. */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {
}

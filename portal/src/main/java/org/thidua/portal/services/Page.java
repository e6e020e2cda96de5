package org.thidua.portal.services;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of a service's list: its items and the total number of matches. */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {}

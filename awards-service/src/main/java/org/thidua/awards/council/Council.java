package org.thidua.awards.council;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A council (Hội đồng thi đua – khen thưởng); its members are fixed when it is formed. */
@MappedEntity("council")
public record Council(@Id String id, String name, Instant createdAt) {}

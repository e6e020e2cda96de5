package org.thidua.awards.council;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@MappedEntity("council_member")
public record CouncilMember(
        @Id @GeneratedValue @Nullable Long id, String councilId, String memberId, String fullName, boolean chair) {}

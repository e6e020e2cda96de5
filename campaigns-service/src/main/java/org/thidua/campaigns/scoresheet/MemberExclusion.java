package org.thidua.campaigns.scoresheet;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An active member the unit's year-end score sheet leaves out, and why (e.g. joined after 1 October). */
@MappedEntity("member_exclusion")
public record MemberExclusion(
        @Id @GeneratedValue @Nullable Long id, String scoreSheetId, String memberId, String reason) {}

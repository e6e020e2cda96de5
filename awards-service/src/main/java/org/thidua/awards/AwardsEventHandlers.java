package org.thidua.awards;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.thidua.awards.directory.DirectoryProjection;
import org.thidua.awards.eligibility.ProposingNominations;
import org.thidua.contracts.Topics;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.MemberLeft;
import org.thidua.contracts.units.MemberUpdated;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.contracts.units.UnitUpdated;
import org.thidua.messaging.TypedHandlers;

/**
 * The events awards-service consumes, per type (ADR 99): units and groups feed the directory, reviews the eligibility
 * engine. Contacts, leadership and group names are not needed to nominate or disclose: they have no handler and are
 * ignored.
 */
@Factory
class AwardsEventHandlers {

    @Singleton
    TypedHandlers directory(DirectoryProjection directory) {
        return TypedHandlers.consumer("awards.directory", Topics.UNITS, Topics.GROUPS)
                .on(UnitRegistered.TYPE, UnitRegistered.class, directory.units()::registered)
                .on(UnitUpdated.TYPE, UnitUpdated.class, directory.units()::updated)
                .on(UnitDeactivated.TYPE, UnitDeactivated.class, directory.units()::deactivated)
                .on(MemberJoined.TYPE, MemberJoined.class, directory.members()::joined)
                .on(MemberUpdated.TYPE, MemberUpdated.class, directory.members()::updated)
                .on(MemberLeft.TYPE, MemberLeft.class, directory.members()::left)
                .on(GroupMembershipChanged.TYPE, GroupMembershipChanged.class, directory::membership);
    }

    @Singleton
    TypedHandlers eligibility(ProposingNominations proposing) {
        return TypedHandlers.consumer("awards.eligibility", Topics.REVIEWS)
                .on(ReviewPeriodFinalized.TYPE, ReviewPeriodFinalized.class, proposing::finalized);
    }
}

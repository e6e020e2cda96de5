package org.thidua.campaigns.scope;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.thidua.contracts.Topics;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.MemberLeft;
import org.thidua.contracts.units.MemberUpdated;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.contracts.units.UnitUpdated;
import org.thidua.messaging.TypedHandlers;

/**
 * The events campaigns-service consumes, per type (ADR 99). Contacts and leadership are not needed to decide who is
 * in scope: they have no handler and are ignored.
 */
@Factory
class CampaignsEventHandlers {

    @Singleton
    TypedHandlers scope(ScopeProjection scope) {
        return TypedHandlers.consumer("campaigns.scope", Topics.UNITS, Topics.GROUPS)
                .on(UnitRegistered.TYPE, UnitRegistered.class, scope.units()::registered)
                .on(UnitUpdated.TYPE, UnitUpdated.class, scope.units()::updated)
                .on(UnitDeactivated.TYPE, UnitDeactivated.class, scope.units()::deactivated)
                .on(MemberJoined.TYPE, MemberJoined.class, scope.members()::joined)
                .on(MemberUpdated.TYPE, MemberUpdated.class, scope.members()::updated)
                .on(MemberLeft.TYPE, MemberLeft.class, scope.members()::left)
                .on(GroupCreated.TYPE, GroupCreated.class, scope::groupCreated)
                .on(GroupMembershipChanged.TYPE, GroupMembershipChanged.class, scope::membership);
    }
}

package org.thidua.contracts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thidua.contracts.awards.AwardDecided;
import org.thidua.contracts.awards.AwardRevoked;
import org.thidua.contracts.awards.DisclosurePublished;
import org.thidua.contracts.awards.NominationApproved;
import org.thidua.contracts.awards.NominationDisclosed;
import org.thidua.contracts.awards.NominationProposed;
import org.thidua.contracts.awards.NominationRejected;
import org.thidua.contracts.awards.NominationWithdrawn;
import org.thidua.contracts.campaigns.CampaignCancelled;
import org.thidua.contracts.campaigns.CampaignClosed;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.campaigns.CampaignStarted;
import org.thidua.contracts.campaigns.CovenantOpened;
import org.thidua.contracts.campaigns.CovenantSigned;
import org.thidua.contracts.campaigns.DeadlineApproaching;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.groups.GroupLeadershipAssigned;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.notifications.DeliveryFailed;
import org.thidua.contracts.notifications.DeliverySent;
import org.thidua.contracts.registrations.RegistrationAccepted;
import org.thidua.contracts.registrations.RegistrationReturned;
import org.thidua.contracts.registrations.RegistrationSubmitted;
import org.thidua.contracts.registrations.RegistrationWithdrawn;
import org.thidua.contracts.registrations.ScoreSheetApproved;
import org.thidua.contracts.registrations.ScoreSheetReturned;
import org.thidua.contracts.registrations.ScoreSheetSubmitted;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.contracts.units.ContactChanged;
import org.thidua.contracts.units.MemberJoined;
import org.thidua.contracts.units.MemberLeft;
import org.thidua.contracts.units.MemberUpdated;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.contracts.units.UnitUpdated;

/**
 * The catalogue of event types: which Java type carries each, which topic it goes to, which property of its data
 * is the aggregate id (record key and CloudEvents {@code subject}), and where its JSON Schema lives.
 */
public final class EventTypes {

    private record Entry(Class<? extends Event> javaType, String topic, String keyProperty) {}

    private static final Map<String, Entry> TYPES = new LinkedHashMap<>();

    static {
        add(UnitRegistered.TYPE, UnitRegistered.class, Topics.UNITS, "unitId");
        add(UnitUpdated.TYPE, UnitUpdated.class, Topics.UNITS, "unitId");
        add(UnitDeactivated.TYPE, UnitDeactivated.class, Topics.UNITS, "unitId");
        add(MemberJoined.TYPE, MemberJoined.class, Topics.UNITS, "unitId");
        add(MemberUpdated.TYPE, MemberUpdated.class, Topics.UNITS, "unitId");
        add(MemberLeft.TYPE, MemberLeft.class, Topics.UNITS, "unitId");
        add(ContactChanged.TYPE, ContactChanged.class, Topics.UNITS, "unitId");

        add(GroupCreated.TYPE, GroupCreated.class, Topics.GROUPS, "groupId");
        add(GroupMembershipChanged.TYPE, GroupMembershipChanged.class, Topics.GROUPS, "groupId");
        add(GroupLeadershipAssigned.TYPE, GroupLeadershipAssigned.class, Topics.GROUPS, "groupId");

        add(CampaignLaunched.TYPE, CampaignLaunched.class, Topics.CAMPAIGNS, "campaignId");
        add(CampaignStarted.TYPE, CampaignStarted.class, Topics.CAMPAIGNS, "campaignId");
        add(CampaignClosed.TYPE, CampaignClosed.class, Topics.CAMPAIGNS, "campaignId");
        add(CampaignCancelled.TYPE, CampaignCancelled.class, Topics.CAMPAIGNS, "campaignId");
        add(CovenantOpened.TYPE, CovenantOpened.class, Topics.CAMPAIGNS, "campaignId");
        add(CovenantSigned.TYPE, CovenantSigned.class, Topics.CAMPAIGNS, "campaignId");
        add(DeadlineApproaching.TYPE, DeadlineApproaching.class, Topics.CAMPAIGNS, "campaignId");

        add(RegistrationSubmitted.TYPE, RegistrationSubmitted.class, Topics.REGISTRATIONS, "registrationId");
        add(RegistrationAccepted.TYPE, RegistrationAccepted.class, Topics.REGISTRATIONS, "registrationId");
        add(RegistrationReturned.TYPE, RegistrationReturned.class, Topics.REGISTRATIONS, "registrationId");
        add(RegistrationWithdrawn.TYPE, RegistrationWithdrawn.class, Topics.REGISTRATIONS, "registrationId");
        add(ScoreSheetSubmitted.TYPE, ScoreSheetSubmitted.class, Topics.REGISTRATIONS, "registrationId");
        add(ScoreSheetReturned.TYPE, ScoreSheetReturned.class, Topics.REGISTRATIONS, "registrationId");
        add(ScoreSheetApproved.TYPE, ScoreSheetApproved.class, Topics.REGISTRATIONS, "registrationId");

        add(ReviewPeriodFinalized.TYPE, ReviewPeriodFinalized.class, Topics.REVIEWS, "campaignId");

        add(NominationProposed.TYPE, NominationProposed.class, Topics.AWARDS, "nominationId");
        add(NominationApproved.TYPE, NominationApproved.class, Topics.AWARDS, "nominationId");
        add(NominationRejected.TYPE, NominationRejected.class, Topics.AWARDS, "nominationId");
        add(NominationDisclosed.TYPE, NominationDisclosed.class, Topics.AWARDS, "nominationId");
        add(DisclosurePublished.TYPE, DisclosurePublished.class, Topics.AWARDS, "disclosureId");
        add(NominationWithdrawn.TYPE, NominationWithdrawn.class, Topics.AWARDS, "nominationId");
        add(AwardDecided.TYPE, AwardDecided.class, Topics.AWARDS, "decisionId");
        add(AwardRevoked.TYPE, AwardRevoked.class, Topics.AWARDS, "decisionId");

        add(DeliverySent.TYPE, DeliverySent.class, Topics.NOTIFICATIONS, "deliveryId");
        add(DeliveryFailed.TYPE, DeliveryFailed.class, Topics.NOTIFICATIONS, "deliveryId");
    }

    private EventTypes() {}

    private static void add(String type, Class<? extends Event> javaType, String topic, String keyProperty) {
        if (TYPES.put(type, new Entry(javaType, topic, keyProperty)) != null) {
            throw new IllegalStateException("Event type catalogued twice: " + type);
        }
    }

    /** Every event type, sorted by name. */
    public static List<String> all() {
        return TYPES.keySet().stream().sorted().toList();
    }

    /** The event types that go to {@code topic}, in the order of the catalogue (the order of the year's flow). */
    public static List<String> onTopic(String topic) {
        return TYPES.entrySet().stream()
                .filter(e -> e.getValue().topic().equals(topic))
                .map(Map.Entry::getKey)
                .toList();
    }

    public static Class<? extends Event> javaType(String type) {
        return entry(type).javaType();
    }

    /** The topic events of {@code type} are published to. */
    public static String topic(String type) {
        return entry(type).topic();
    }

    /**
     * The property of the event data that holds the aggregate id, which is the record key and the CloudEvents
     * {@code subject} ({@link Event#subject()}), e.g. {@code unitId}.
     */
    public static String keyProperty(String type) {
        return entry(type).keyProperty();
    }

    public static boolean isKnown(String type) {
        return type != null && TYPES.containsKey(type);
    }

    /** Class-path resource of the JSON Schema of {@code type}. */
    public static String schemaPath(String type) {
        return "org/thidua/contracts/schemas/" + type + ".json";
    }

    private static Entry entry(String type) {
        Entry entry = type == null ? null : TYPES.get(type);
        if (entry == null) {
            throw new IllegalArgumentException("Unknown event type: " + type);
        }
        return entry;
    }
}

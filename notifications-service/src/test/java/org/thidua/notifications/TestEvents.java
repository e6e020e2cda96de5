package org.thidua.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.thidua.contracts.EventSchemas;
import org.thidua.contracts.Topics;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.campaigns.DeadlineApproaching;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.groups.GroupMembershipChanged;
import org.thidua.contracts.registrations.RegistrationAccepted;
import org.thidua.contracts.registrations.RegistrationReturned;
import org.thidua.contracts.units.ContactChanged;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;
import org.thidua.testing.CloudEventSender;

/** Sends events as the other services would, each checked against its JSON Schema before it leaves. */
final class TestEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CloudEventSender sender = new CloudEventSender();

    static String id() {
        return UUID.randomUUID().toString();
    }

    String unit(String unitId, String code, String name, String language, String... contacts) {
        ObjectNode unit = JSON.createObjectNode()
                .put("unitId", unitId)
                .put("code", code)
                .put("name", name)
                .put("language", language)
                .put("active", true)
                .put("registeredAt", "2019-01-05T02:00:00Z");
        send(Topics.UNITS, UnitRegistered.TYPE, unitId, unit);
        if (contacts.length > 0) {
            contacts(unitId, contacts);
        }
        return unitId;
    }

    void contacts(String unitId, String... emails) {
        ObjectNode event = JSON.createObjectNode().put("unitId", unitId).put("occurredAt", "2019-01-08T04:00:00Z");
        ArrayNode list = event.putArray("contacts");
        for (String email : emails) {
            list.addObject()
                    .put("email", email)
                    .put("role", "EMULATION_OFFICER")
                    .put("name", "Cán bộ thi đua");
        }
        send(Topics.UNITS, ContactChanged.TYPE, unitId, event);
    }

    void deactivate(String unitId) {
        send(
                Topics.UNITS,
                UnitDeactivated.TYPE,
                unitId,
                JSON.createObjectNode()
                        .put("unitId", unitId)
                        .put("reason", "Sáp nhập")
                        .put("occurredAt", "2019-01-09T04:00:00Z"));
    }

    String group(String name, List<String> unitIds) {
        return group(id(), name, unitIds);
    }

    /** A group with a chosen id, created and given its members. */
    String group(String groupId, String name, List<String> unitIds) {
        send(
                Topics.GROUPS,
                GroupCreated.TYPE,
                groupId,
                JSON.createObjectNode()
                        .put("groupId", groupId)
                        .put("kind", "BLOCK")
                        .put("year", 2019)
                        .put("code", "K-" + groupId.substring(0, 8))
                        .put("name", name)
                        .put("occurredAt", "2019-01-10T03:00:00Z"));
        ObjectNode membership = JSON.createObjectNode()
                .put("groupId", groupId)
                .put("year", 2019)
                .put("occurredAt", "2019-01-10T03:10:00Z");
        unitIds.forEach(membership.putArray("unitIds")::add);
        unitIds.forEach(membership.putArray("added")::add);
        membership.putArray("removed");
        send(Topics.GROUPS, GroupMembershipChanged.TYPE, groupId, membership);
        return groupId;
    }

    /** A launch of a campaign to the groups; returns the event id. */
    String launch(String eventId, String campaignId, String title, List<String> groupIds) {
        ObjectNode launch =
                (ObjectNode) EventSchemas.examples(CampaignLaunched.TYPE).get(0).deepCopy();
        launch.put("campaignId", campaignId).put("title", title);
        ObjectNode scope = launch.putObject("scope").put("allUnits", false);
        groupIds.forEach(scope.putArray("groupIds")::add);
        return send(Topics.CAMPAIGNS, eventId, CampaignLaunched.TYPE, campaignId, launch);
    }

    String deadline(String campaignId, String unitId) {
        ObjectNode event = JSON.createObjectNode()
                .put("campaignId", campaignId)
                .put("unitId", unitId)
                .put("kind", "REGISTRATION")
                .putNull("period")
                .put("deadline", "2019-02-28")
                .put("daysLeft", 3)
                .put("occurredAt", "2019-02-25T01:00:00Z");
        return send(Topics.CAMPAIGNS, id(), DeadlineApproaching.TYPE, campaignId, event);
    }

    String returned(String campaignId, String unitId, String reason) {
        String registrationId = id();
        return send(
                Topics.REGISTRATIONS,
                id(),
                RegistrationReturned.TYPE,
                registrationId,
                JSON.createObjectNode()
                        .put("registrationId", registrationId)
                        .put("campaignId", campaignId)
                        .put("unitId", unitId)
                        .put("reason", reason)
                        .put("occurredAt", "2019-02-22T02:00:00Z"));
    }

    String accepted(String campaignId, String unitId) {
        String registrationId = id();
        return send(
                Topics.REGISTRATIONS,
                id(),
                RegistrationAccepted.TYPE,
                registrationId,
                JSON.createObjectNode()
                        .put("registrationId", registrationId)
                        .put("campaignId", campaignId)
                        .put("unitId", unitId)
                        .put("occurredAt", "2019-02-26T02:00:00Z"));
    }

    private void send(String topic, String type, String key, ObjectNode data) {
        send(topic, id(), type, key, data);
    }

    String send(String topic, String eventId, String type, String key, ObjectNode data) {
        assertThat(EventSchemas.violations(type, data))
                .as("test payload of %s", type)
                .isEmpty();
        return sender.send(topic, eventId, type, key, data.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        sender.close();
    }
}

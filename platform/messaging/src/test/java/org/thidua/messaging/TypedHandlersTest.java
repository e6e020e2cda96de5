package org.thidua.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thidua.contracts.Event;
import org.thidua.contracts.EventJson;
import org.thidua.contracts.EventTypes;
import org.thidua.contracts.Topics;
import org.thidua.contracts.campaigns.CampaignStarted;
import org.thidua.contracts.groups.GroupCreated;
import org.thidua.contracts.units.UnitDeactivated;
import org.thidua.contracts.units.UnitRegistered;

/** Handlers registered per event type: each gets its contract record; what has no handler is left alone. */
class TypedHandlersTest {

    private static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");

    @Test
    void eachTypeGoesToItsHandlerAsItsContractRecord() {
        List<String> seen = new ArrayList<>();
        TypedHandlers handlers = TypedHandlers.consumer("test.units", Topics.UNITS, Topics.GROUPS)
                .on(UnitRegistered.TYPE, UnitRegistered.class, unit -> seen.add("registered " + unit.name()))
                .on(
                        UnitDeactivated.TYPE,
                        UnitDeactivated.class,
                        (unit, event) -> seen.add("deactivated " + unit.reason() + " by " + event.id()));

        handlers.handle(incoming("e-1", new UnitRegistered("u-1", "DV-1", "Vụ Tổng hợp", null, "vi", true, T0)));
        handlers.handle(incoming("e-2", new UnitDeactivated("u-1", "Sáp nhập", T0.plusSeconds(60))));

        assertThat(seen).containsExactly("registered Vụ Tổng hợp", "deactivated Sáp nhập by e-2");
        assertThat(handlers.consumerName()).isEqualTo("test.units");
        assertThat(handlers.types()).containsExactlyInAnyOrder(UnitRegistered.TYPE, UnitDeactivated.TYPE);
    }

    @Test
    void aTypeOfItsTopicsWithoutAHandlerIsIgnored() {
        List<String> seen = new ArrayList<>();
        TypedHandlers handlers = TypedHandlers.consumer("test.units", Topics.UNITS, Topics.GROUPS)
                .on(UnitRegistered.TYPE, UnitRegistered.class, unit -> seen.add(unit.unitId()));

        handlers.handle(incoming("e-3", new GroupCreated("g-1", GroupCreated.Kind.BLOCK, 2026, "K1", "Khối một", T0)));

        assertThat(seen).isEmpty();
    }

    @Test
    void oneHandlerCanTakeSeveralTypesAsEvents() {
        List<String> seen = new ArrayList<>();
        TypedHandlers handlers = TypedHandlers.consumer("test.all", Topics.UNITS)
                .onEach(EventTypes.onTopic(Topics.UNITS), event -> seen.add(event.type()));

        handlers.handle(incoming("e-4", new UnitDeactivated("u-2", "Giải thể", T0)));

        assertThat(seen).containsExactly(UnitDeactivated.TYPE);
        assertThat(handlers.types()).containsExactlyInAnyOrderElementsOf(EventTypes.onTopic(Topics.UNITS));
    }

    @Test
    void aRegistrationThatCannotBeRightIsRefusedWhenItIsMade() {
        TypedHandlers handlers = TypedHandlers.consumer("test.units", Topics.UNITS)
                .on(UnitRegistered.TYPE, UnitRegistered.class, unit -> {});

        assertThatThrownBy(() -> handlers.on(UnitDeactivated.TYPE, UnitRegistered.class, unit -> {}))
                .as("the record of another type")
                .hasMessageContaining("is read as UnitDeactivated");
        assertThatThrownBy(() -> handlers.on(CampaignStarted.TYPE, CampaignStarted.class, started -> {}))
                .as("a type of a topic the consumer does not read")
                .hasMessageContaining("does not consume");
        assertThatThrownBy(() -> handlers.on("thidua.unit.renamed.v1", UnitRegistered.class, unit -> {}))
                .as("a type without contract")
                .hasMessageContaining("No contract");
        assertThatThrownBy(() -> handlers.on(UnitRegistered.TYPE, UnitRegistered.class, unit -> {}))
                .as("a second handler")
                .hasMessageContaining("two handlers");
        assertThatThrownBy(() -> TypedHandlers.consumer("test.none")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aListenerHandsEachRecordToTheConsumerOfItsTopic() {
        TypedHandlers units = TypedHandlers.consumer("test.units", Topics.UNITS, Topics.GROUPS);
        TypedHandlers campaigns = TypedHandlers.consumer("test.campaigns", Topics.CAMPAIGNS);
        EventHandlers handlers = new EventHandlers(List.of(units, campaigns));

        assertThat(handlers.forTopic(Topics.GROUPS)).isSameAs(units);
        assertThat(handlers.forTopic(Topics.CAMPAIGNS)).isSameAs(campaigns);
        assertThat(handlers.topics()).containsExactlyInAnyOrder(Topics.UNITS, Topics.GROUPS, Topics.CAMPAIGNS);
        assertThatThrownBy(() -> handlers.forTopic(Topics.AWARDS)).hasMessageContaining("No consumer");
        assertThatThrownBy(() -> new EventHandlers(List.of(units, TypedHandlers.consumer("test.other", Topics.UNITS))))
                .as("two consumers of one topic")
                .hasMessageContaining("consumed by both");
    }

    private static IncomingEvent incoming(String id, Event event) {
        return new IncomingEvent(
                id, event.type(), "/test", event.subject(), T0, null, EventJson.write(event), event.topic(), 0, 0);
    }
}

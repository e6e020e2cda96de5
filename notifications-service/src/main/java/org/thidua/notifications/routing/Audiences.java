package org.thidua.notifications.routing;

import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.thidua.contracts.EventJson;
import org.thidua.contracts.RecipientKind;
import org.thidua.contracts.awards.AwardDecided;
import org.thidua.contracts.awards.DisclosurePublished;
import org.thidua.contracts.campaigns.CampaignLaunched;
import org.thidua.contracts.campaigns.CovenantOpened;
import org.thidua.contracts.campaigns.CovenantSigned;
import org.thidua.contracts.reviews.ReviewPeriodFinalized;
import org.thidua.notifications.recipients.RecipientDirectory;
import org.thidua.notifications.recipients.RecipientDirectory.Address;

/** Resolves a route's audience for one event into the units it reaches, with what is particular to each. */
@Singleton
class Audiences {

    /** A unit a notice goes to; {@code extras} become the template's {@code target}; {@code members} get a copy. */
    record Target(String unitId, Map<String, Object> extras, List<Address> members) {
        static Target of(String unitId) {
            return new Target(unitId, Map.of(), List.of());
        }
    }

    private final RecipientDirectory directory;
    private final CampaignDirectory campaigns;

    Audiences(RecipientDirectory directory, CampaignDirectory campaigns) {
        this.directory = directory;
        this.campaigns = campaigns;
    }

    /** The groups through which the route reaches units (a launch's scope groups, a covenant's group), else none. */
    List<String> groupsOf(RoutedEvent event) {
        byte[] data = event.data();
        return switch (event.route().audience()) {
            case UNITS_IN_CAMPAIGN_SCOPE -> {
                CampaignLaunched.Scope scope =
                        EventJson.read(data, CampaignLaunched.class).scope();
                yield scope.allUnits() || scope.groupIds() == null ? List.of() : scope.groupIds();
            }
            case GROUP_UNITS ->
                List.of(EventJson.read(data, CovenantOpened.class).groupId());
            default -> List.of();
        };
    }

    List<Target> targets(RoutedEvent event) {
        byte[] data = event.data();
        return switch (event.route().audience()) {
            case UNITS_IN_CAMPAIGN_SCOPE -> {
                CampaignLaunched.Scope scope =
                        EventJson.read(data, CampaignLaunched.class).scope();
                List<String> units =
                        scope.allUnits() ? directory.allUnitIds() : directory.unitIdsOfGroups(scope.groupIds());
                yield units.stream().map(Target::of).toList();
            }
            case UNITS_IN_LAUNCHED_SCOPE ->
                campaigns
                        .scope(event.campaignId())
                        .map(scope ->
                                scope.allUnits() ? directory.allUnitIds() : directory.unitIdsOfGroups(scope.groupIds()))
                        .orElse(List.of())
                        .stream()
                        .map(Target::of)
                        .toList();
            case NAMED_UNIT -> List.of(Target.of(event.unitId()));
            case GROUP_UNITS -> {
                CovenantOpened opened = EventJson.read(data, CovenantOpened.class);
                yield directory.unitIdsOfGroups(List.of(opened.groupId())).stream()
                        .map(Target::of)
                        .toList();
            }
            case LISTED_UNITS ->
                EventJson.read(data, CovenantSigned.class).unitIds().stream()
                        .map(Target::of)
                        .toList();
            case RANKED_UNITS -> ranked(EventJson.read(data, ReviewPeriodFinalized.class));
            case DISCLOSURE -> disclosed(EventJson.read(data, DisclosurePublished.class));
            case AWARD_RECIPIENTS -> awarded(EventJson.read(data, AwardDecided.class));
        };
    }

    /**
     * Each unit of the period, with its rank in every group that ranked it (a unit in two groups is told both) and the
     * units around it by name (those tied with it, the nearest ahead and behind), and every group that left it out,
     * with the reason. Names come from this service's projection of units (ADR 0036).
     */
    private List<Target> ranked(ReviewPeriodFinalized finalized) {
        Set<String> unitIds = new LinkedHashSet<>();
        finalized.rankings().forEach(r -> r.entries().forEach(e -> unitIds.add(e.unitId())));
        if (finalized.excluded() != null) {
            finalized.excluded().forEach(x -> unitIds.add(x.unitId()));
        }
        Map<String, RecipientDirectory.Recipient> known = directory.units(unitIds);
        Map<String, List<Map<String, Object>>> ranks = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> exclusions = new LinkedHashMap<>();
        unitIds.forEach(unitId -> {
            ranks.put(unitId, new ArrayList<>());
            exclusions.put(unitId, new ArrayList<>());
        });
        for (ReviewPeriodFinalized.GroupRanking ranking : finalized.rankings()) {
            String groupName = directory.groupName(ranking.groupId()).orElse("");
            List<ReviewPeriodFinalized.RankingEntry> entries = ranking.entries();
            for (ReviewPeriodFinalized.RankingEntry entry : entries) {
                int nearestAhead = entries.stream()
                        .mapToInt(ReviewPeriodFinalized.RankingEntry::rank)
                        .filter(rank -> rank < entry.rank())
                        .max()
                        .orElse(0);
                int nearestBehind = entries.stream()
                        .mapToInt(ReviewPeriodFinalized.RankingEntry::rank)
                        .filter(rank -> rank > entry.rank())
                        .min()
                        .orElse(0);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("groupName", groupName);
                line.put("rank", entry.rank());
                line.put("unitsRanked", entries.size());
                line.put("points", entry.totalPoints().toPlainString());
                line.put("tiedWith", names(entries, known, rank -> rank == entry.rank(), entry.unitId()));
                line.put("above", names(entries, known, rank -> rank == nearestAhead, entry.unitId()));
                line.put("below", names(entries, known, rank -> rank == nearestBehind, entry.unitId()));
                ranks.get(entry.unitId()).add(line);
            }
        }
        if (finalized.excluded() != null) {
            for (ReviewPeriodFinalized.ExcludedUnit excluded : finalized.excluded()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("groupName", directory.groupName(excluded.groupId()).orElse(""));
                line.put("reason", excluded.reason());
                exclusions.get(excluded.unitId()).add(line);
            }
        }
        List<Target> targets = new ArrayList<>();
        for (String unitId : unitIds) {
            targets.add(new Target(
                    unitId, Map.of("ranks", ranks.get(unitId), "exclusions", exclusions.get(unitId)), List.of()));
        }
        return targets;
    }

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * Each unit a disclosure reaches, once: its own nominations and those of units sharing a group of the
     * nomination's year with it, its own first, then by unit and nominee; the page lists them (ADR 0043).
     */
    private List<Target> disclosed(DisclosurePublished published) {
        Map<String, List<DisclosurePublished.Nominee>> byUnit = new LinkedHashMap<>();
        List<DisclosurePublished.Group> groups = published.groups() == null ? List.of() : published.groups();
        for (DisclosurePublished.Nominee nominee : published.nominations()) {
            Set<String> reached = new LinkedHashSet<>();
            reached.add(nominee.unitId());
            for (DisclosurePublished.Group group : groups) {
                if (group.year() == nominee.year() && group.unitIds().contains(nominee.unitId())) {
                    reached.addAll(group.unitIds());
                }
            }
            reached.forEach(unitId ->
                    byUnit.computeIfAbsent(unitId, u -> new ArrayList<>()).add(nominee));
        }
        String start = VIETNAMESE_DATE.format(published.disclosureStart());
        String end = VIETNAMESE_DATE.format(published.disclosureEnd());
        List<Target> targets = new ArrayList<>();
        byUnit.forEach((unitId, nominees) -> {
            Comparator<DisclosurePublished.Nominee> order = Comparator.comparing(
                            (DisclosurePublished.Nominee n) -> !n.unitId().equals(unitId))
                    .thenComparing(n -> n.unitName() == null ? n.unitId() : n.unitName())
                    .thenComparing(n -> n.nomineeName() == null ? "" : n.nomineeName())
                    .thenComparing(DisclosurePublished.Nominee::nominationId);
            List<Map<String, Object>> lines = new ArrayList<>();
            long own = 0;
            for (DisclosurePublished.Nominee n : nominees.stream().sorted(order).toList()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("nomineeName", n.nomineeName());
                line.put("unitName", n.unitName());
                line.put("titleName", n.titleName() == null ? n.titleCode() : n.titleName());
                line.put("individual", n.recipientKind() == RecipientKind.MEMBER);
                line.put("own", n.unitId().equals(unitId));
                own += n.unitId().equals(unitId) ? 1 : 0;
                lines.add(line);
            }
            Map<String, Object> extras = new LinkedHashMap<>();
            extras.put("nominations", lines);
            extras.put("count", lines.size());
            extras.put("ownCount", own);
            extras.put("disclosureStart", start);
            extras.put("disclosureEnd", end);
            Set<Integer> years = new TreeSet<>();
            nominees.forEach(n -> years.add(n.year()));
            if (nominees.size() == 1) {
                extras.put("page", "/nominations/{nominationId}");
                extras.put("nominationId", nominees.get(0).nominationId());
            } else if (years.size() == 1) {
                extras.put("page", "/nominations?year={year}&state=DISCLOSED");
                extras.put("year", years.iterator().next());
            } else {
                extras.put("page", "/nominations?state=DISCLOSED");
            }
            targets.add(new Target(unitId, extras, List.of()));
        });
        return targets;
    }

    /** The names of the group's units at the ranks {@code atRank} accepts, but {@code self}, joined; unknown ones left out. */
    private static String names(
            List<ReviewPeriodFinalized.RankingEntry> entries,
            Map<String, RecipientDirectory.Recipient> known,
            IntPredicate atRank,
            String self) {
        return entries.stream()
                .filter(e -> atRank.test(e.rank()) && !e.unitId().equals(self))
                .map(e -> known.get(e.unitId()))
                .filter(Objects::nonNull)
                .map(RecipientDirectory.Recipient::name)
                .collect(Collectors.joining(", "));
    }

    private List<Target> awarded(AwardDecided decided) {
        Map<String, List<Map<String, Object>>> awardsByUnit = new LinkedHashMap<>();
        Map<String, List<Address>> membersByUnit = new LinkedHashMap<>();
        for (AwardDecided.Award award : decided.awards()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("titleName", award.titleName());
            line.put("titleCode", award.titleCode());
            line.put("year", award.year());
            line.put("bonusAmount", award.bonusAmount());
            line.put("individual", award.recipientKind() == RecipientKind.MEMBER);
            String memberName = null;
            if (award.recipientKind() == RecipientKind.MEMBER && award.memberId() != null) {
                var member = directory.member(award.unitId(), award.memberId());
                if (member.isPresent()) {
                    memberName = member.get().name();
                    membersByUnit
                            .computeIfAbsent(award.unitId(), k -> new ArrayList<>())
                            .add(member.get());
                }
            }
            line.put("memberName", memberName);
            awardsByUnit.computeIfAbsent(award.unitId(), k -> new ArrayList<>()).add(line);
        }
        List<Target> targets = new ArrayList<>();
        awardsByUnit.forEach((unitId, awards) -> targets.add(
                new Target(unitId, Map.of("awards", awards), membersByUnit.getOrDefault(unitId, List.of()))));
        return targets;
    }
}

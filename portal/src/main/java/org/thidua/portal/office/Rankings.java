package org.thidua.portal.office;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A period's ranking as a page shows it: ties share a rank (standard competition ranking, ADR 24), so an entry whose
 * rank another entry of its group shares is marked "đồng hạng"; the signed-in officer's own unit is highlighted.
 */
record Rankings(OfficeCampaigns.Ranking ranking, List<GroupView> groups) {

    record GroupView(String groupId, String groupName, List<Row> rows) {}

    record Row(OfficeCampaigns.Entry entry, String unitName, boolean tied, boolean mine) {}

    static Rankings of(OfficeCampaigns.Ranking ranking, String myUnitId) {
        List<GroupView> groups = ranking.groups().stream()
                .map(group -> {
                    Map<Integer, Integer> perRank = new HashMap<>();
                    group.entries().forEach(e -> perRank.merge(e.rank(), 1, Integer::sum));
                    List<Row> rows = group.entries().stream()
                            .map(e -> new Row(
                                    e,
                                    e.unitName() == null ? e.unitId() : e.unitName(),
                                    perRank.get(e.rank()) > 1,
                                    e.unitId().equals(myUnitId)))
                            .toList();
                    return new GroupView(
                            group.groupId(), group.groupName() == null ? group.groupId() : group.groupName(), rows);
                })
                .toList();
        return new Rankings(ranking, groups);
    }
}

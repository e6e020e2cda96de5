package org.thidua.portal.officer;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** What the score sheet's page shows: the campaign's criteria in their groups (public, for the templates to read). */
public final class SheetRows {

    private SheetRows() {}

    public record CriteriaGroup(String name, List<Row> rows) {}

    /** A criterion at {@code index} in the form, and the sheet's entry for it (null before one is saved). */
    public record Row(
            int index,
            OfficerCampaigns.Criterion criterion,
            @Nullable OfficerCampaigns.Entry entry) {}
}

package org.thidua.portal.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ballot form as the service's ballot: one {@code vote.<nominationId>} radio group per nomination the member has
 * not voted on yet, each APPROVE, REJECT or ABSTAIN; a nomination left without a choice is not voted on now, one
 * already voted on is never sent again (a vote is cast once).
 */
final class BallotForm {

    private static final Set<String> CHOICES = Set.of("APPROVE", "REJECT", "ABSTAIN");

    private BallotForm() {}

    static List<CouncilClient.Choice> choices(Map<String, String> form, List<CouncilClient.Nomination> nominations) {
        List<CouncilClient.Choice> choices = new ArrayList<>();
        for (CouncilClient.Nomination nomination : nominations) {
            String choice = form.get("vote." + nomination.nominationId());
            if (!nomination.voted() && choice != null && CHOICES.contains(choice)) {
                choices.add(new CouncilClient.Choice(nomination.nominationId(), choice));
            }
        }
        return List.copyOf(choices);
    }
}

package org.thidua.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BallotFormTest {

    private static CouncilClient.Nomination nomination(String id, Boolean voted) {
        return new CouncilClient.Nomination(
                id,
                "MEMBER",
                "Nguyễn Văn A",
                "Đơn vị A",
                "Lao động tiên tiến",
                List.of(),
                0,
                50,
                null,
                "IN_COUNCIL",
                voted);
    }

    @Test
    void eachChosenNominationIsOneVoteAndOneLeftWithoutAChoiceIsNotVotedOn() {
        List<CouncilClient.Choice> choices = BallotForm.choices(
                Map.of("vote.n1", "APPROVE", "vote.n3", "ABSTAIN"),
                List.of(nomination("n1", false), nomination("n2", false), nomination("n3", false)));

        assertThat(choices)
                .containsExactly(new CouncilClient.Choice("n1", "APPROVE"), new CouncilClient.Choice("n3", "ABSTAIN"));
    }

    @Test
    void aNominationAlreadyVotedOnOrAnUnknownChoiceIsNeverSent() {
        List<CouncilClient.Choice> choices = BallotForm.choices(
                Map.of("vote.n1", "REJECT", "vote.n2", "MAYBE", "vote.n9", "APPROVE"),
                List.of(nomination("n1", true), nomination("n2", false)));

        assertThat(choices).isEmpty();
    }
}

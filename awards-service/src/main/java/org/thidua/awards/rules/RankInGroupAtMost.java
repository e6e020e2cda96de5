package org.thidua.awards.rules;

/** The unit ranks {@code k}th or better in its group's year-end ranking (ties share a rank). */
public record RankInGroupAtMost(int k) implements Condition {
    public RankInGroupAtMost {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history) {
        return evaluate(candidate, year, history, TitleNames.CODES);
    }

    @Override
    public ConditionOutcome evaluate(Candidate candidate, int year, AwardHistory history, TitleNames names) {
        Integer rank = candidate.unit().groupRank();
        String neededVi = k == 1 ? "cần hạng 1" : "cần hạng 1 đến " + k;
        String neededEn = k == 1 ? "rank 1 required" : "rank 1 to " + k + " required";
        if (rank == null) {
            return ConditionOutcome.fail(this, "not ranked in a group, rank " + k + " or better required")
                    .explained(
                            "Không được xếp hạng trong cụm, khối thi đua: " + neededVi,
                            "Not ranked in an emulation cluster or block: " + neededEn);
        }
        return ConditionOutcome.of(
                        this,
                        rank <= k,
                        "ranked " + rank + " in group " + candidate.unit().groupId() + ", rank " + k
                                + " or better required")
                .explained(
                        "Xếp hạng " + rank + " trong cụm, khối thi đua: " + neededVi,
                        "Ranked " + rank + " in the emulation cluster or block: " + neededEn);
    }

    @Override
    public String describe() {
        return "rank " + k + " or better in group";
    }

    @Override
    public boolean appliesTo(TitleKind kind) {
        return kind == TitleKind.COLLECTIVE;
    }
}

package org.thidua.campaigns.campaign;

import static org.thidua.campaigns.campaign.CampaignState.CANCELLED;
import static org.thidua.campaigns.campaign.CampaignState.CLOSED;
import static org.thidua.campaigns.campaign.CampaignState.DRAFT;
import static org.thidua.campaigns.campaign.CampaignState.IN_PROGRESS;
import static org.thidua.campaigns.campaign.CampaignState.LAUNCHED;

import org.thidua.web.Transition;

/** The campaign's state machine. Scope, criteria and periods may only change while the campaign is a DRAFT. */
public final class CampaignLifecycle {

    private CampaignLifecycle() {}

    public static Transition<CampaignState> edit(CampaignState current) {
        return current == DRAFT
                ? Transition.to(current, DRAFT)
                : Transition.refused(
                        current,
                        "A " + current + " campaign is frozen: scope, criteria and periods "
                                + "change only while it is a DRAFT");
    }

    public static Transition<CampaignState> launch(CampaignState current) {
        return current == DRAFT
                ? Transition.to(current, LAUNCHED)
                : Transition.refused(current, "Only a DRAFT campaign can be launched; this one is " + current);
    }

    public static Transition<CampaignState> start(CampaignState current) {
        return current == LAUNCHED
                ? Transition.to(current, IN_PROGRESS)
                : Transition.refused(current, "Only a LAUNCHED campaign can start; this one is " + current);
    }

    public static Transition<CampaignState> close(CampaignState current) {
        return current == IN_PROGRESS
                ? Transition.to(current, CLOSED)
                : Transition.refused(current, "Only an IN_PROGRESS campaign can be closed; this one is " + current);
    }

    public static Transition<CampaignState> cancel(CampaignState current) {
        return current == DRAFT || current == LAUNCHED
                ? Transition.to(current, CANCELLED)
                : Transition.refused(
                        current, "Only a DRAFT or LAUNCHED campaign can be cancelled; this one is " + current);
    }

    /** Units register, sheets are written and periods finalized only while the campaign runs. */
    public static Transition<CampaignState> takePart(CampaignState current) {
        return current.openForRegistrations()
                ? Transition.to(current, current)
                : Transition.refused(
                        current, "The campaign is " + current + ": it takes no registrations or " + "score sheets");
    }

    /**
     * A covenant is signed only while its campaign runs: once the campaign is cancelled or closed the signature (and
     * the {@code covenant.signed} it may complete) would announce a commitment to a campaign that no longer exists.
     */
    public static Transition<CampaignState> signCovenant(CampaignState current) {
        return current.openForRegistrations()
                ? Transition.to(current, current)
                : Transition.refused(
                        current, "The campaign " + inWords(current) + ": its covenants can no longer be " + "signed");
    }

    /**
     * The office reminds units of a deadline by hand only while the campaign runs: a draft has announced nothing yet,
     * and a closed or cancelled campaign has no deadline left (ADR 25).
     */
    public static Transition<CampaignState> remind(CampaignState current) {
        return current.openForRegistrations()
                ? Transition.to(current, current)
                : Transition.refused(
                        current, "The campaign " + inWords(current) + ": it has no deadline to remind " + "units of");
    }

    /** The state as a person says it, for refusals. */
    static String inWords(CampaignState state) {
        return switch (state) {
            case DRAFT -> "is still a draft";
            case LAUNCHED -> "is open for registration";
            case IN_PROGRESS -> "is in progress";
            case CLOSED -> "has been closed";
            case CANCELLED -> "has been cancelled";
        };
    }
}

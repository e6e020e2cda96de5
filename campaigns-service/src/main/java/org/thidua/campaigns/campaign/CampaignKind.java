package org.thidua.campaigns.campaign;

/** REGULAR: the year's regular campaign (thường xuyên); THEMATIC: one theme, for a while (chuyên đề). */
public enum CampaignKind {
    REGULAR,
    THEMATIC
}

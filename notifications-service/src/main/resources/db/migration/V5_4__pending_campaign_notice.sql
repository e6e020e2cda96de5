-- A campaign notice whose campaign's launch this service has not consumed yet (the launch comes on another topic and
-- may be behind, e.g. when the topics are read from the start): kept here so that it names the campaign, and notified
-- when the launch arrives, or after thidua.notifications.campaign-wait without it (ADR 0035).
CREATE TABLE pending_campaign_notice (
    event_id     CHAR(36)     NOT NULL,
    campaign_id  CHAR(36)     NOT NULL,
    event_type   VARCHAR(200) NOT NULL,
    payload      LONGTEXT     NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (event_id, campaign_id),
    KEY ix_pending_campaign (campaign_id),
    KEY ix_pending_campaign_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

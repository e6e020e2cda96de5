-- Issue 15 (ADR 23, 24, 25): what the portal asks campaigns-service for.

-- The CloudEvents id of the campaign.launched its launch published, to follow its fan-out in notifications.
ALTER TABLE campaign ADD COLUMN launch_event_id CHAR(36) NULL;
CREATE INDEX ix_campaign_year ON campaign (year, state);

-- A unit's registrations and score sheets across campaigns (the portal's "my sheets").
CREATE INDEX ix_registration_unit ON registration (unit_id);
CREATE INDEX ix_score_sheet_unit ON score_sheet (unit_id);

-- Reminders the office sent by hand ("remind now"): any number per unit and deadline, each one recorded, unlike
-- reminder_sent, whose key lets the schedule send each of its reminders once.
CREATE TABLE reminder_by_hand (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    campaign_id   CHAR(36)     NOT NULL,
    unit_id       CHAR(36)     NOT NULL,
    deadline_kind VARCHAR(16)  NOT NULL,
    period        VARCHAR(16)  NOT NULL,
    deadline      DATE         NOT NULL,
    sent_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_reminder_by_hand (campaign_id, unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

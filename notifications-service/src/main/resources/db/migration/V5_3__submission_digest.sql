-- Registrations and score sheets submitted since the last digest (ADR 0037): recorded by the routing consumer,
-- deleted by the digest that lists them. One row holds when the last digest ran, locked by the instance that runs it.
CREATE TABLE submission_digest_entry (
    event_id      CHAR(36)     NOT NULL,
    campaign_id   CHAR(36)     NOT NULL,
    unit_id       CHAR(36)     NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    period        VARCHAR(16)  NULL,
    submitted_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (event_id),
    KEY ix_digest_entry_submitted (submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE submission_digest_run (
    id           INT          NOT NULL,
    last_run_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO submission_digest_run (id, last_run_at) VALUES (1, CURRENT_TIMESTAMP(6));

-- A group's head unit (trưởng khối/cụm) and deputy, from thidua.group.leadership.assigned.v1: the reviewers' digest
-- of their group goes to these units' inboxes and contacts.
CREATE TABLE recipient_group_leadership (
    group_id        CHAR(36) NOT NULL,
    head_unit_id    CHAR(36) NULL,
    deputy_unit_id  CHAR(36) NULL,
    PRIMARY KEY (group_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

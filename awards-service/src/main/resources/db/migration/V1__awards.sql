-- awards-service's own tables. Common subset of MySQL 8.4 and MariaDB 10.11+.

-- Rule sets as data (the JSON a RuleSetReader reads), each in force from its date until the next. Never updated:
-- a new set for a later date is a new row, so decisions already made never change.
CREATE TABLE rule_set (
    id             VARCHAR(64)  NOT NULL,
    effective_from DATE         NOT NULL,
    definition     LONGTEXT     NOT NULL,
    built_in       BOOLEAN      NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_rule_set_effective_from (effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The base salary (lương cơ sở) in VND from each date; bonuses are multiples of it.
CREATE TABLE base_salary (
    effective_from DATE          NOT NULL,
    amount         DECIMAL(15,0) NOT NULL,
    source         VARCHAR(500)  NULL,
    PRIMARY KEY (effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Local projection of units-service's units, members and group memberships (who is who, who discloses to whom).
CREATE TABLE directory_unit (
    unit_id    CHAR(36)     NOT NULL,
    code       VARCHAR(64)  NULL,
    name       VARCHAR(500) NULL,
    active     BOOLEAN      NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE directory_member (
    member_id  CHAR(36)     NOT NULL,
    unit_id    CHAR(36)     NOT NULL,
    full_name  VARCHAR(500) NULL,
    active     BOOLEAN      NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (member_id),
    KEY ix_directory_member_unit (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE directory_group_member (
    group_id   CHAR(36)     NOT NULL,
    year       INT          NOT NULL,
    unit_id    CHAR(36)     NOT NULL,
    PRIMARY KEY (group_id, unit_id),
    KEY ix_directory_group_member_unit (unit_id, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE directory_group (
    group_id   CHAR(36)     NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (group_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One evaluation of a finalized year-end review: every candidate's result for every title, with each condition.
CREATE TABLE evaluation (
    id              CHAR(36)     NOT NULL,
    campaign_id     VARCHAR(64)  NOT NULL,
    year            INT          NOT NULL,
    period_end_date DATE         NOT NULL,
    rule_set_id     VARCHAR(64)  NOT NULL,
    results         LONGTEXT     NOT NULL,
    evaluated_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_evaluation_campaign (campaign_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A nomination (hồ sơ đề nghị). title_key is title|kind|recipient|year; active_key is the same while the
-- nomination is in play and NULL once REJECTED or WITHDRAWN: MySQL has no partial unique index, and NULLs never
-- collide. The engine never proposes a title_key again (a rejected or withdrawn one is not revived by a re-sent
-- review); the office may, by hand.
CREATE TABLE nomination (
    id                        CHAR(36)      NOT NULL,
    campaign_id               VARCHAR(64)   NULL,
    evaluation_id             CHAR(36)      NULL,
    year                      INT           NOT NULL,
    recipient_kind            VARCHAR(8)    NOT NULL,
    unit_id                   CHAR(36)      NOT NULL,
    member_id                 CHAR(36)      NULL,
    title_code                VARCHAR(64)   NOT NULL,
    title_name                VARCHAR(500)  NOT NULL,
    rule_set_id               VARCHAR(64)   NOT NULL,
    council_threshold_percent INT           NOT NULL,
    bonus_multiple            DECIMAL(7,2)  NOT NULL,
    origin                    VARCHAR(16)   NOT NULL,
    proposed_by               VARCHAR(64)   NULL,
    grounds                   LONGTEXT      NOT NULL,
    state                     VARCHAR(16)   NOT NULL,
    session_id                CHAR(36)      NULL,
    votes_for                 INT           NULL,
    votes_against             INT           NULL,
    abstentions               INT           NULL,
    council_members           INT           NULL,
    disclosure_start          DATE          NULL,
    disclosure_end            DATE          NULL,
    decision_id               CHAR(36)      NULL,
    reason                    VARCHAR(2000) NULL,
    title_key                 VARCHAR(200)  NOT NULL,
    active_key                VARCHAR(200)  NULL,
    created_at                TIMESTAMP(6)  NOT NULL,
    updated_at                TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_nomination_active (active_key),
    KEY ix_nomination_title_key (title_key),
    KEY ix_nomination_state (state),
    KEY ix_nomination_year_title (year, title_code),
    KEY ix_nomination_unit (unit_id),
    KEY ix_nomination_session (session_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An objection (phản ánh) filed while a nomination is disclosed; an OPEN one blocks the decision.
CREATE TABLE objection (
    id            CHAR(36)      NOT NULL,
    nomination_id CHAR(36)      NOT NULL,
    filed_by      VARCHAR(64)   NOT NULL,
    role          VARCHAR(32)   NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    resolution    VARCHAR(2000) NULL,
    resolved_by   VARCHAR(64)   NULL,
    filed_at      TIMESTAMP(6)  NOT NULL,
    resolved_at   TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_objection_nomination (nomination_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The council (Hội đồng thi đua – khen thưởng) and its members; exactly one chair.
CREATE TABLE council (
    id         CHAR(36)     NOT NULL,
    name       VARCHAR(500) NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_member (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    council_id CHAR(36)     NOT NULL,
    member_id  VARCHAR(64)  NOT NULL,
    full_name  VARCHAR(500) NOT NULL,
    chair      BOOLEAN      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_council_member (council_id, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE council_session (
    id         CHAR(36)     NOT NULL,
    council_id CHAR(36)     NOT NULL,
    held_on    DATE         NOT NULL,
    state      VARCHAR(16)  NOT NULL,
    members    INT          NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    closed_at  TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    KEY ix_council_session_council (council_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Votes are secret: stored to be counted, never listed. One vote per member per nomination per session.
CREATE TABLE vote (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    session_id    CHAR(36)    NOT NULL,
    nomination_id CHAR(36)    NOT NULL,
    member_id     VARCHAR(64) NOT NULL,
    choice        VARCHAR(8)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_vote (session_id, nomination_id, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The next decision number per organisation and year: locked and incremented in the decision's transaction, so a
-- rolled-back decision gives its number back (no gaps) and two decisions never share one (no duplicates).
CREATE TABLE decision_counter (
    organisation VARCHAR(32) NOT NULL,
    year         INT         NOT NULL,
    last_number  INT         NOT NULL,
    PRIMARY KEY (organisation, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An award decision (quyết định khen thưởng): immutable once issued.
CREATE TABLE decision (
    id              CHAR(36)     NOT NULL,
    organisation    VARCHAR(32)  NOT NULL,
    year            INT          NOT NULL,
    seq             INT          NOT NULL,
    number          VARCHAR(64)  NOT NULL,
    decision_date   DATE         NOT NULL,
    signer_name     VARCHAR(255) NOT NULL,
    signer_position VARCHAR(255) NOT NULL,
    issued_by       VARCHAR(64)  NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_decision_number (organisation, year, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The award registry: awards of decisions and awards imported from past years. active_key as on nomination,
-- NULL once REVOKED: one achievement, one award.
CREATE TABLE award (
    id              CHAR(36)      NOT NULL,
    decision_id     CHAR(36)      NULL,
    decision_number VARCHAR(64)   NULL,
    nomination_id   CHAR(36)      NULL,
    recipient_kind  VARCHAR(8)    NOT NULL,
    unit_id         CHAR(36)      NOT NULL,
    member_id       CHAR(36)      NULL,
    title_code      VARCHAR(64)   NOT NULL,
    title_name      VARCHAR(500)  NOT NULL,
    year            INT           NOT NULL,
    bonus_amount    DECIMAL(15,0) NOT NULL,
    decided_on      DATE          NULL,
    source          VARCHAR(16)   NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    revoke_reason   VARCHAR(2000) NULL,
    active_key      VARCHAR(200)  NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    revoked_at      TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_award_active (active_key),
    KEY ix_award_unit (unit_id, year),
    KEY ix_award_member (member_id, year),
    KEY ix_award_title (title_code, year),
    KEY ix_award_decision (decision_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

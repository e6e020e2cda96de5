-- campaigns-service's own tables. Common subset of MySQL 8.4 and MariaDB 10.11+.

-- A campaign (phong trào thi đua); scope, criteria and periods are frozen once it leaves DRAFT.
CREATE TABLE campaign (
    id                    CHAR(36)      NOT NULL,
    code                  VARCHAR(32)   NOT NULL,
    title                 VARCHAR(500)  NOT NULL,
    theme                 VARCHAR(2000) NOT NULL,
    kind                  VARCHAR(16)   NOT NULL,
    year                  INT           NOT NULL,
    start_date            DATE          NOT NULL,
    end_date              DATE          NOT NULL,
    registration_deadline DATE          NOT NULL,
    all_units             BOOLEAN       NOT NULL,
    state                 VARCHAR(16)   NOT NULL,
    cancel_reason         VARCHAR(2000) NULL,
    version               BIGINT        NOT NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_campaign_code (code),
    KEY ix_campaign_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campaign_scope_group (
    id          BIGINT   NOT NULL AUTO_INCREMENT,
    campaign_id CHAR(36) NOT NULL,
    group_id    CHAR(36) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_campaign_scope_group (campaign_id, group_id),
    KEY ix_campaign_scope_group_group (group_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A review period (sơ kết 6 tháng / tổng kết năm): OPEN until finalized.
CREATE TABLE campaign_period (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id         CHAR(36)      NOT NULL,
    period              VARCHAR(16)   NOT NULL,
    end_date            DATE          NOT NULL,
    submission_deadline DATE          NOT NULL,
    state               VARCHAR(16)   NOT NULL,
    exclusion_reason    VARCHAR(2000) NULL,
    finalized_at        TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_campaign_period (campaign_id, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The criteria set (tiêu chí thi đua): grouped, each with its maximum points.
CREATE TABLE criterion (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id CHAR(36)      NOT NULL,
    position    INT           NOT NULL,
    group_name  VARCHAR(255)  NOT NULL,
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(1000) NOT NULL,
    max_points  DECIMAL(9, 2) NOT NULL,
    applies_to  VARCHAR(16)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_criterion_code (campaign_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Local projection of units-service's units and groups: who is in scope. Each row remembers the time of the
-- event it reflects, so an older event arriving late (a replay, another partition) cannot undo a newer one.
CREATE TABLE scope_unit (
    unit_id    CHAR(36)     NOT NULL,
    code       VARCHAR(32)  NULL,
    name       VARCHAR(255) NULL,
    active     BOOLEAN      NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scope_group (
    group_id           CHAR(36)     NOT NULL,
    year               INT          NULL,
    kind               VARCHAR(16)  NULL,
    code               VARCHAR(64)  NULL,
    name               VARCHAR(500) NULL,
    members_changed_at TIMESTAMP(6) NULL,
    PRIMARY KEY (group_id),
    KEY ix_scope_group_year (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE scope_group_member (
    group_id CHAR(36) NOT NULL,
    unit_id  CHAR(36) NOT NULL,
    PRIMARY KEY (group_id, unit_id),
    KEY ix_scope_group_member_unit (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A unit's registration (đăng ký thi đua); one per unit per campaign.
CREATE TABLE registration (
    id               CHAR(36)      NOT NULL,
    campaign_id      CHAR(36)      NOT NULL,
    unit_id          CHAR(36)      NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    commitments      LONGTEXT      NOT NULL,
    collective_title VARCHAR(64)   NULL,
    member_titles    LONGTEXT      NOT NULL,
    late_reason      VARCHAR(2000) NULL,
    return_reason    VARCHAR(2000) NULL,
    withdraw_reason  VARCHAR(2000) NULL,
    version          BIGINT        NOT NULL,
    submitted_at     TIMESTAMP(6)  NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_registration_unit (campaign_id, unit_id),
    KEY ix_registration_state (campaign_id, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Covenants (giao ước thi đua): one per group per campaign; the parties are the group's active units at opening.
CREATE TABLE covenant (
    id          CHAR(36)     NOT NULL,
    campaign_id CHAR(36)     NOT NULL,
    group_id    CHAR(36)     NOT NULL,
    text        LONGTEXT     NOT NULL,
    targets     LONGTEXT     NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    version     BIGINT       NOT NULL,
    opened_at   TIMESTAMP(6) NOT NULL,
    signed_at   TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_covenant_group (campaign_id, group_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE covenant_party (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    covenant_id CHAR(36)     NOT NULL,
    unit_id     CHAR(36)     NOT NULL,
    signed_at   TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_covenant_party (covenant_id, unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Score sheets (bảng chấm điểm): one per registration per period.
CREATE TABLE score_sheet (
    id               CHAR(36)      NOT NULL,
    registration_id  CHAR(36)      NOT NULL,
    campaign_id      CHAR(36)      NOT NULL,
    unit_id          CHAR(36)      NOT NULL,
    period           VARCHAR(16)   NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    self_total       DECIMAL(11, 2) NOT NULL,
    reviewed_total   DECIMAL(11, 2) NULL,
    unit_task_rating VARCHAR(16)   NULL,
    return_reason    VARCHAR(2000) NULL,
    version          BIGINT        NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_score_sheet (registration_id, period),
    KEY ix_score_sheet_period (campaign_id, period, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE score_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    score_sheet_id  CHAR(36)      NOT NULL,
    criterion_code  VARCHAR(32)   NOT NULL,
    self_points     DECIMAL(9, 2) NOT NULL,
    reviewed_points DECIMAL(9, 2) NULL,
    evidence        LONGTEXT      NOT NULL,
    note            VARCHAR(2000) NULL,
    reviewer_note   VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_score_entry (score_sheet_id, criterion_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Year-end member outcomes carried by a unit's year-end score sheet.
CREATE TABLE member_outcome (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    score_sheet_id        CHAR(36)     NOT NULL,
    member_id             CHAR(36)     NOT NULL,
    task_rating           VARCHAR(16)  NOT NULL,
    initiative_recognised BOOLEAN      NULL,
    initiative_title      VARCHAR(500) NULL,
    initiative_level      VARCHAR(16)  NULL,
    discipline            VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_member_outcome (score_sheet_id, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Inspections (kiểm tra, giám sát): findings against a registration.
CREATE TABLE inspection (
    id              CHAR(36)      NOT NULL,
    campaign_id     CHAR(36)      NOT NULL,
    registration_id CHAR(36)      NOT NULL,
    inspected_on    DATE          NOT NULL,
    inspector       VARCHAR(255)  NOT NULL,
    findings        LONGTEXT      NOT NULL,
    rating          VARCHAR(16)   NOT NULL,
    recorded_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_inspection_registration (registration_id),
    KEY ix_inspection_campaign (campaign_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ranking of a finalized period, per group, and the units left out of it.
CREATE TABLE ranking_entry (
    id           BIGINT         NOT NULL AUTO_INCREMENT,
    campaign_id  CHAR(36)       NOT NULL,
    period       VARCHAR(16)    NOT NULL,
    group_id     CHAR(36)       NOT NULL,
    unit_id      CHAR(36)       NOT NULL,
    total_points DECIMAL(11, 2) NOT NULL,
    rank_no      INT            NOT NULL,
    position     INT            NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_ranking_entry (campaign_id, period, group_id, unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE period_exclusion (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    campaign_id CHAR(36)      NOT NULL,
    period      VARCHAR(16)   NOT NULL,
    unit_id     CHAR(36)      NOT NULL,
    group_id    CHAR(36)      NULL,
    reason      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_period_exclusion (campaign_id, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per reminder sent: INSERT IGNORE in the transaction of its outbox row, so among several instances of
-- the service exactly one sends each reminder. period is '-' for registration reminders (NULL is never equal).
CREATE TABLE reminder_sent (
    campaign_id   CHAR(36)     NOT NULL,
    unit_id       CHAR(36)     NOT NULL,
    deadline_kind VARCHAR(16)  NOT NULL,
    period        VARCHAR(16)  NOT NULL,
    offset_days   INT          NOT NULL,
    deadline      DATE         NOT NULL,
    sent_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (campaign_id, unit_id, deadline_kind, period, offset_days)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

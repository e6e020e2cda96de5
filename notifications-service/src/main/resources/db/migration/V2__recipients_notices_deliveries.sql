-- Recipients projection (from thidua.units.v1 and thidua.groups.v1), notices (the inbox), email deliveries,
-- preferences, and events kept for units not yet projected. Common subset of MySQL 8.4 and MariaDB 10.11+.

CREATE TABLE recipient_contact (
    unit_id  CHAR(36)     NOT NULL,
    email    VARCHAR(320) NOT NULL,
    role     VARCHAR(32)  NOT NULL,
    name     VARCHAR(255) NULL,
    PRIMARY KEY (unit_id, email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recipient_member (
    unit_id    CHAR(36)     NOT NULL,
    member_id  CHAR(36)     NOT NULL,
    full_name  VARCHAR(255) NOT NULL,
    email      VARCHAR(320) NULL,
    PRIMARY KEY (unit_id, member_id),
    KEY ix_recipient_member_id (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recipient_group (
    group_id  CHAR(36)     NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    year      INT          NOT NULL,
    code      VARCHAR(64)  NOT NULL,
    name      VARCHAR(255) NOT NULL,
    PRIMARY KEY (group_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Membership of a group (which is for one year); the year is the group's.
CREATE TABLE recipient_group_member (
    group_id  CHAR(36) NOT NULL,
    unit_id   CHAR(36) NOT NULL,
    PRIMARY KEY (group_id, unit_id),
    KEY ix_group_member_unit (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What notices need to know of a campaign (its title and deadlines), from thidua.campaign.launched.v1.
CREATE TABLE notice_campaign (
    campaign_id            CHAR(36)     NOT NULL,
    code                   VARCHAR(64)  NOT NULL,
    title                  VARCHAR(500) NOT NULL,
    year                   INT          NOT NULL,
    registration_deadline  DATE         NULL,
    PRIMARY KEY (campaign_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One notice per (event, unit): the inbox item, and the rendered email its deliveries send.
CREATE TABLE notice (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    event_id    CHAR(36)      NOT NULL,
    event_type  VARCHAR(200)  NOT NULL,
    unit_id     CHAR(36)      NOT NULL,
    language    CHAR(2)       NOT NULL,
    subject     VARCHAR(500)  NOT NULL,
    body_text   MEDIUMTEXT    NOT NULL,
    body_html   MEDIUMTEXT    NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    read_at     TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_notice_event_unit (event_id, unit_id),
    KEY ix_notice_inbox (unit_id, read_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One email per (event, address). NO_CONTACT rows report a unit that had no address to send to.
CREATE TABLE delivery (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    event_id         CHAR(36)      NOT NULL,
    event_type       VARCHAR(200)  NOT NULL,
    unit_id          CHAR(36)      NOT NULL,
    notice_id        BIGINT        NOT NULL,
    recipient        VARCHAR(320)  NOT NULL,
    recipient_name   VARCHAR(255)  NULL,
    state            VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  TIMESTAMP(6)  NOT NULL,
    last_error       VARCHAR(1000) NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    sent_at          TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_delivery_event_recipient (event_id, recipient),
    KEY ix_delivery_due (state, next_attempt_at, id),
    KEY ix_delivery_unit (unit_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_preference (
    unit_id          CHAR(36)     NOT NULL,
    reminders_muted  BOOLEAN      NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A routed event that names a unit this service has not projected yet: kept, and routed again for that unit
-- once the unit arrives.
CREATE TABLE pending_notice (
    event_id    CHAR(36)     NOT NULL,
    unit_id     CHAR(36)     NOT NULL,
    event_type  VARCHAR(200) NOT NULL,
    payload     LONGTEXT     NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (event_id, unit_id),
    KEY ix_pending_unit (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Issue 14 (ADR 41, 42). The members of units, projected from units-service's member events (MemberTable): the
-- member ids a registration or a score sheet names must be active members of its unit, and a year-end sheet covers
-- every active member. The version orders a move's "left" and "joined", which share their instant.
CREATE TABLE scope_member (
    member_id  CHAR(36)     NOT NULL,
    unit_id    CHAR(36)     NOT NULL,
    full_name  VARCHAR(500) NULL,
    active     BOOLEAN      NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    version    BIGINT       NULL,
    PRIMARY KEY (member_id),
    KEY ix_scope_member_unit (unit_id, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Active members a year-end score sheet leaves out, each with the reason (e.g. joined after 1 October).
CREATE TABLE member_exclusion (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    score_sheet_id CHAR(36)      NOT NULL,
    member_id      CHAR(36)      NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_member_exclusion (score_sheet_id, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

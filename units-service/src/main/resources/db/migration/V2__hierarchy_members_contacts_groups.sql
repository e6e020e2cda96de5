-- Issue 4: unit hierarchy and details, members with their history, contacts, blocks and clusters per year.
-- Written in the common subset of MySQL 8.4 and MariaDB 10.11+. Text columns are utf8mb4_unicode_ci (accent- and
-- case-insensitive; see docs/adr/0010-accent-insensitive-search-by-collation.md).

ALTER TABLE unit
    ADD COLUMN kind                VARCHAR(20)   NULL,
    ADD COLUMN parent_id           CHAR(36)      NULL,
    ADD COLUMN province            VARCHAR(100)  NULL,
    ADD COLUMN deactivated_at      TIMESTAMP(6)  NULL,
    ADD COLUMN deactivation_reason VARCHAR(2000) NULL,
    ADD KEY ix_unit_parent (parent_id),
    ADD KEY ix_unit_active_code (active, code),
    ADD CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id);

-- A person of a unit. unit_id is where the member is (or was last, once they left: active = false).
CREATE TABLE member (
    id          CHAR(36)     NOT NULL,
    unit_id     CHAR(36)     NOT NULL,
    full_name   VARCHAR(255) NOT NULL,
    position    VARCHAR(255) NULL,
    email       VARCHAR(254) NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_member_unit (unit_id, active),
    CONSTRAINT fk_member_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where a member worked and when: one row per stay in a unit; left_at is null for the current one.
CREATE TABLE member_assignment (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    member_id  CHAR(36)     NOT NULL,
    unit_id    CHAR(36)     NOT NULL,
    joined_at  TIMESTAMP(6) NOT NULL,
    left_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    KEY ix_assignment_member (member_id, joined_at),
    KEY ix_assignment_unit (unit_id),
    CONSTRAINT fk_assignment_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_assignment_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where notices for a unit go. A unit without a row here is not reachable.
CREATE TABLE contact (
    id          CHAR(36)     NOT NULL,
    unit_id     CHAR(36)     NOT NULL,
    email       VARCHAR(254) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    name        VARCHAR(255) NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_contact_unit_email_role (unit_id, email, role),
    CONSTRAINT fk_contact_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A block (khối thi đua) or cluster (cụm thi đua) of one year, with that year's head and deputy unit.
CREATE TABLE unit_group (
    id              CHAR(36)     NOT NULL,
    kind            VARCHAR(10)  NOT NULL,
    year            SMALLINT     NOT NULL,
    code            VARCHAR(32)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    head_unit_id    CHAR(36)     NULL,
    deputy_unit_id  CHAR(36)     NULL,
    version         BIGINT       NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_group_year_code (year, code),
    KEY ix_group_year_kind (year, kind),
    CONSTRAINT fk_group_head FOREIGN KEY (head_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_group_deputy FOREIGN KEY (deputy_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A unit in a group. block_year is the year for a block and NULL for a cluster, so the unique key lets a unit be
-- in one block per year (NULLs never collide) and in any number of clusters.
CREATE TABLE group_membership (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    group_id    CHAR(36)     NOT NULL,
    unit_id     CHAR(36)     NOT NULL,
    year        SMALLINT     NOT NULL,
    block_year  SMALLINT     NULL,
    added_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_membership_group_unit (group_id, unit_id),
    UNIQUE KEY uq_membership_one_block_a_year (unit_id, block_year),
    KEY ix_membership_year_unit (year, unit_id),
    CONSTRAINT fk_membership_group FOREIGN KEY (group_id) REFERENCES unit_group (id),
    CONSTRAINT fk_membership_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

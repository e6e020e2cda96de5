-- a service's copy of members (MemberTable), as campaigns-service's scope_member and awards-service's directory_member
CREATE TABLE test_member (
    member_id  CHAR(36)     NOT NULL,
    unit_id    CHAR(36)     NOT NULL,
    full_name  VARCHAR(500) NULL,
    active     BOOLEAN      NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    version    BIGINT       NULL,
    PRIMARY KEY (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

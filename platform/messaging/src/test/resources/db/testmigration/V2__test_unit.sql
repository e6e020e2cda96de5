-- a service's copy of units (UnitTable), as campaigns-service's scope_unit and awards-service's directory_unit
CREATE TABLE test_unit (
    unit_id    CHAR(36)     NOT NULL,
    code       VARCHAR(32)  NULL,
    name       VARCHAR(255) NULL,
    active     BOOLEAN      NOT NULL,
    changed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

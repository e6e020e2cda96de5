-- Local projection of units-service's units: who can be notified, in which language.
CREATE TABLE recipient_unit (
    unit_id     CHAR(36)     NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    short_name  VARCHAR(100) NULL,
    language    CHAR(2)      NOT NULL,
    active      BOOLEAN      NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

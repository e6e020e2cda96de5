CREATE TABLE unit (
    id          CHAR(36)     NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    short_name  VARCHAR(100) NULL,
    language    CHAR(2)      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_unit_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

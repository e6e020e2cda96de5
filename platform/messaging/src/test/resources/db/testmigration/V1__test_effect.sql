CREATE TABLE test_effect (
    event_id   CHAR(36)     NOT NULL,
    unit_code  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

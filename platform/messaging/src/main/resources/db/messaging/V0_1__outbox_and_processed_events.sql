-- Owned by platform/messaging; every service runs it through Flyway (location classpath:db/messaging).
-- Written in the common subset of MySQL 8.4 and MariaDB 10.11+.

CREATE TABLE outbox_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    event_id     CHAR(36)     NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    message_key  VARCHAR(200) NOT NULL,
    event_type   VARCHAR(200) NOT NULL,
    payload      LONGTEXT     NOT NULL,
    traceparent  VARCHAR(55)  NULL,
    occurred_at  TIMESTAMP(6) NOT NULL,
    published_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_outbox_event_id (event_id),
    KEY ix_outbox_unpublished (published_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     CHAR(36)     NOT NULL,
    processed_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (consumer, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Records a consumer could not process and will not retry: poison (not a CloudEvent, unknown type, schema
-- violation) or an error retrying cannot fix. Listed and replayed through /api/v1/dead-letters.
CREATE TABLE dead_letter (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    consumer       VARCHAR(100)  NOT NULL,
    topic          VARCHAR(200)  NOT NULL,
    partition_no   INT           NOT NULL,
    record_offset  BIGINT        NOT NULL,
    record_key     VARCHAR(200)  NULL,
    event_id       VARCHAR(200)  NULL,
    event_type     VARCHAR(200)  NULL,
    headers        LONGTEXT      NOT NULL,
    payload        LONGBLOB      NULL,
    error_class    VARCHAR(300)  NOT NULL,
    error_message  TEXT          NULL,
    status         VARCHAR(20)   NOT NULL,
    failed_at      TIMESTAMP(6)  NOT NULL,
    replayed_at    TIMESTAMP(6)  NULL,
    replay_error   TEXT          NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_dead_letter_record (consumer, topic, partition_no, record_offset),
    KEY ix_dead_letter_status (status, event_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

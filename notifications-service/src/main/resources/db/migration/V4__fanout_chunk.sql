-- A fan-out larger than one chunk: its targets (units, with what is particular to each) are written here in chunks
-- with the event's consumption; each chunk is then notified (inbox items and deliveries) in a transaction of its own,
-- by whichever instance claims it, so that the first emails leave while later chunks are still being rendered. A
-- chunk whose notification failed waits until not_before (backing off) and does not hold up the others.
CREATE TABLE fanout_chunk (
    event_id    CHAR(36)      NOT NULL,
    chunk       INT           NOT NULL,
    event_type  VARCHAR(200)  NOT NULL,
    payload     LONGTEXT      NOT NULL,
    targets     LONGTEXT      NOT NULL,
    units       INT           NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    not_before  TIMESTAMP(6)  NOT NULL,
    attempts    INT           NOT NULL,
    last_error  VARCHAR(1000) NULL,
    PRIMARY KEY (event_id, chunk),
    KEY ix_fanout_chunk_due (not_before, event_id, chunk)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

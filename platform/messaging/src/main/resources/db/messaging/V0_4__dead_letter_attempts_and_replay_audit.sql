-- Dead letters an operator can work with (ADR 0093): how many times a record failed and when it failed last (the
-- first failure is failed_at), and an audit of every replay of a filtered set, dry runs included, written in the
-- replay's transaction: who (the token's subject), when, with which filter, what matched and what happened.
ALTER TABLE dead_letter ADD COLUMN attempts INT NOT NULL DEFAULT 1;
ALTER TABLE dead_letter ADD COLUMN last_failed_at TIMESTAMP(6) NULL;
CREATE INDEX ix_dead_letter_failed_at ON dead_letter (failed_at);

CREATE TABLE dead_letter_replay (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    at            TIMESTAMP(6) NOT NULL,
    actor         VARCHAR(200) NOT NULL,
    filter        TEXT         NOT NULL,
    dry_run       BOOLEAN      NOT NULL,
    matched       INT          NOT NULL,
    replayed      INT          NOT NULL,
    still_failing INT          NOT NULL,
    ids           LONGTEXT     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_dead_letter_replay_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Audit: who did each state-changing action, and when. The actor (a token's subject, or 'system' for consumers and
-- jobs) is written with each outbox row, sent as the CloudEvents extension thiduaactor, and kept in audit_log after
-- the outbox row is deleted. Both are written in the transaction of the change.
ALTER TABLE outbox_event ADD COLUMN actor VARCHAR(200) NULL;

CREATE TABLE audit_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id    CHAR(36)     NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    event_type  VARCHAR(200) NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_audit_log_event (event_id),
    KEY ix_audit_log_subject (subject, occurred_at),
    KEY ix_audit_log_actor (actor, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A routed event whose audience is a group this service has no members of yet (the group's events come on another
-- topic and may arrive later, e.g. after a restart): kept here, and notified to the group's units once they are known.
CREATE TABLE pending_group_notice (
    event_id    CHAR(36)     NOT NULL,
    group_id    CHAR(36)     NOT NULL,
    event_type  VARCHAR(200) NOT NULL,
    payload     LONGTEXT     NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (event_id, group_id),
    KEY ix_pending_group (group_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

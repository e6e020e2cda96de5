-- Issue 14 (ADR 41): the member's version from units-service's member events (MemberTable). A member's "left" and
-- "joined" of a move share their instant and travel on different partitions; the version orders them. Null for rows
-- written from events without one (published before issue 14): those keep being ordered by changed_at.
ALTER TABLE directory_member ADD COLUMN version BIGINT NULL;

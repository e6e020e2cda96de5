-- The scope a campaign was launched with, so that its cancellation or closing reaches the same units (ADR 0036).
-- Null for campaigns launched before this column: their cancellation or closing reaches nobody by email.
ALTER TABLE notice_campaign
    ADD COLUMN scope_all_units BOOLEAN NULL,
    ADD COLUMN scope_group_ids TEXT NULL;

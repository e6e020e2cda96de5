-- Issue 16. Who changed the service's legal data (rule sets, holidays), when, and why: one row per change, never
-- updated. detail is JSON (what was changed, the reason given).
CREATE TABLE audit_entry (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    at         TIMESTAMP(6)  NOT NULL,
    actor      VARCHAR(64)   NOT NULL,
    action     VARCHAR(64)   NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    detail     LONGTEXT      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_entry_subject (subject, at),
    KEY ix_audit_entry_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A rule set may now be superseded by a corrected version for the same period (its definition names the set it
-- supersedes): two rows may share an effective date, only one of them in force.
ALTER TABLE rule_set DROP INDEX uq_rule_set_effective_from;
ALTER TABLE rule_set ADD KEY ix_rule_set_effective_from (effective_from);

-- A set that was never used can be retired by ADMIN (audited): kept, never in force again.
ALTER TABLE rule_set ADD COLUMN retired_at TIMESTAMP(6) NULL;

-- A decision is signed on a date (decision_date) and keeps the rule set and base salary it was issued with; each award
-- keeps its multiple and, when it pays less than multiple x base salary (one achievement, one bonus: the highest),
-- why. Nothing of an issued decision is ever recomputed. Null on decisions and awards issued before issue 16.
ALTER TABLE decision ADD COLUMN rule_set_id VARCHAR(64) NULL;
ALTER TABLE decision ADD COLUMN base_salary DECIMAL(15,0) NULL;
ALTER TABLE award ADD COLUMN bonus_multiple DECIMAL(7,2) NULL;
ALTER TABLE award ADD COLUMN bonus_note VARCHAR(2000) NULL;

-- Issue 16 (ADR 87): a member's year-end score where the unit's sheet gives one; it orders the candidates of a
-- capped title in awards-service. Null: the sheet gave none (and every outcome written before).
ALTER TABLE member_outcome ADD COLUMN score DECIMAL(9, 2) NULL;

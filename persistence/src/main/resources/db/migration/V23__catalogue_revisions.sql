-- The activity catalogue is versioned (issue 10 item 6): an activity type row is one revision of
-- a program's type. Editing a type that a submitted plan was checked against adds a revision
-- (same program and code, revision + 1) and retires the old row (replaced_by), so plans and
-- claims keep the rules they were checked against. Names shown to users exist in both languages:
-- an admin's own type, its evidence requirements and metrics carry an English and a Traditional
-- Chinese name (null for the standard catalogue, which is translated by the UI's bundles).
ALTER TABLE activity_type DROP CONSTRAINT activity_type_code_uk;
ALTER TABLE activity_type ADD COLUMN revision INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE activity_type ADD COLUMN revised_at TIMESTAMP;
ALTER TABLE activity_type ADD COLUMN replaced_by BIGINT;
ALTER TABLE activity_type ADD COLUMN display_name_zh VARCHAR(200);
ALTER TABLE activity_type ADD CONSTRAINT activity_type_revision_uk UNIQUE (program_id, code, revision);
ALTER TABLE activity_type ADD CONSTRAINT activity_type_replaced_by_fk
    FOREIGN KEY (replaced_by) REFERENCES activity_type (id);
CREATE INDEX activity_type_current_ix ON activity_type (program_id, replaced_by);
CREATE INDEX plan_activity_type_ix ON plan_activity (activity_type_id);

ALTER TABLE activity_type_evidence ADD COLUMN description_zh VARCHAR(500);
ALTER TABLE activity_type_evidence ADD COLUMN example_zh VARCHAR(500);

ALTER TABLE activity_type_metric ADD COLUMN name VARCHAR(200);
ALTER TABLE activity_type_metric ADD COLUMN name_zh VARCHAR(200);

-- A program admin can close a program for new plans (existing plans and claims keep working).
ALTER TABLE program ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;

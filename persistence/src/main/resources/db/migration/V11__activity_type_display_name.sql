-- A program admin's own activity types have no translation key (activityType.CODE in the UI's
-- rules bundles): they carry the name the admin typed. Null for the standard catalogue.
ALTER TABLE activity_type ADD COLUMN display_name VARCHAR(200);

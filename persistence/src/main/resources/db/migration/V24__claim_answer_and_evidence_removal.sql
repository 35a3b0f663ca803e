-- Issue 10, defects found while trying it. Plain SQL for H2 2.2 and PostgreSQL 14.

-- A partner's answer to a request for action is kept apart from the claim's final comments
-- (it used to overwrite them); earlier answers stay in the history.
ALTER TABLE claim ADD COLUMN partner_answer VARCHAR(4000);

-- The bytes of an evidence document belong to it: removing a draft's document (orphan removal
-- of evidence_document) failed while evidence_content still referred to the row. The database
-- now deletes the bytes with their document, in whatever order the persistence layer writes.
ALTER TABLE evidence_content DROP CONSTRAINT evidence_content_document_fk;
ALTER TABLE evidence_content ADD CONSTRAINT evidence_content_document_fk
    FOREIGN KEY (document_id) REFERENCES evidence_document (id) ON DELETE CASCADE;

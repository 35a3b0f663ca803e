-- List pages at scale on PostgreSQL as well as H2 (docs/benchmark.md: 1,000,000 claims).
--
-- 1. My claims: a partner's claims by id (the list's order), with or without a status, and by
--    deadline. PostgreSQL sorted all of the busiest partner's ~13,000 claims for a later page (it
--    has no index on partner_id alone: H2 makes one for the foreign key); H2 read them all to sort
--    by deadline. These are read in order, the status filtered inside the index.
CREATE INDEX claim_partner_list_ix ON claim (partner_id, id, status);
--    supersedes (partner_id, status): per-partner counts by status read the new one
DROP INDEX claim_partner_ix;
CREATE INDEX claim_partner_deadline_ix ON claim (partner_id, claim_deadline, id);
--
-- 2. The review queue, oldest submission first. PostgreSQL reads an index in key order only under
--    one value of its leading column, so for status IN (...) ORDER BY submitted_at, id it fetched
--    all ~67,000 queued rows from the table to sort them (0.9 s); led by the sort and ending with
--    the status, this one is read in order and filtered inside the index (no table row). It still
--    passes over the settled claims submitted earlier: see docs/benchmark.md for what PostgreSQL
--    needs to serve queues of several statuses fast (a partial index). H2 keeps using
--    claim_review_queue_ix (V2).
CREATE INDEX claim_submitted_order_ix ON claim (submitted_at, id, status);

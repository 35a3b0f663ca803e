-- Review queue pages at scale (docs/benchmark.md: 1,000,000 claims). A queue page is read in two
-- steps: the page's ids from an index that holds the filter, the sort and the id (an index-only
-- scan, no table rows touched), then those rows by primary key. Without these indexes H2 fetched
-- every one of ~66,000 queued rows to sort them (1.4 s for the first page).
--   review queue, oldest deadline first: status IN (...) ORDER BY claim_deadline, id
CREATE INDEX claim_queue_deadline_ix ON claim (status, claim_deadline, id);
--   one program's queue (and per-program counts), oldest deadline first; supersedes (program_id, status)
CREATE INDEX claim_program_queue_ix ON claim (program_id, status, claim_deadline, id);
DROP INDEX claim_program_ix;

-- Several nodes on one database (issue 12): what must happen once happens once, decided by rows.
--
-- cluster_lock: a named lock held by a transaction (UPDATE of its row, kept until commit or rollback).
-- Start-up data (demo data, the first program admin) is checked and created under 'startup-data', so
-- nodes starting together on an empty database seed it once.
CREATE TABLE cluster_lock (
    lock_name VARCHAR(100) NOT NULL PRIMARY KEY,
    held_by   VARCHAR(200),
    taken_at  TIMESTAMP
);

INSERT INTO cluster_lock (lock_name) VALUES ('startup-data');

-- scheduled_job: one row per background job. Every node asks every minute whether a run is due; the
-- node whose UPDATE ... SET next_run_at = <next> WHERE next_run_at <= <now> changes the row takes the
-- run, the others see it moved. next_run_at NULL: not scheduled yet (the first node to ask schedules
-- it). Times in UTC.
CREATE TABLE scheduled_job (
    job_name         VARCHAR(100) NOT NULL PRIMARY KEY,
    next_run_at      TIMESTAMP,
    last_node        VARCHAR(200),
    last_started_at  TIMESTAMP,
    last_finished_at TIMESTAMP,
    last_changed     INTEGER
);

INSERT INTO scheduled_job (job_name) VALUES ('claim-expiry');

-- Failed sign-ins shared by every node (issue 11): one row per throttled subject, whether the
-- user name exists or not. Keys: 'name:<normalised name>', 'client:<address>' and
-- 'client-name:<address> <normalised name>'. Counted with UPDATE ... SET failures = failures + 1,
-- so two nodes never lose a failure; rows whose last failure is older than a day are deleted.
CREATE TABLE sign_in_failure (
    throttle_key VARCHAR(200) NOT NULL PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    last_failure TIMESTAMP    NOT NULL
);

CREATE INDEX sign_in_failure_last_ix ON sign_in_failure (last_failure);

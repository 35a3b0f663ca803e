-- Personal API tokens (issue 14.1): a token acts as its user through the REST API. Only the
-- SHA-256 (hex) of the secret is stored; the secret is shown once when the token is created.
CREATE SEQUENCE api_token_seq START WITH 10 INCREMENT BY 10;

CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    user_name    VARCHAR(60)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    last_used_at TIMESTAMP,
    expires_at   TIMESTAMP,
    revoked_at   TIMESTAMP,
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT api_token_user_fk FOREIGN KEY (user_name) REFERENCES user_account (user_name)
);

CREATE INDEX api_token_user_ix ON api_token (user_name);

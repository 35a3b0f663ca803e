-- User accounts for Jakarta Security's identity store: partner-side users belong to one
-- partner organization; vendor-side users (program admins, reviewers) to none.
CREATE SEQUENCE user_account_seq START WITH 10 INCREMENT BY 10;

CREATE TABLE user_account (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    user_name            VARCHAR(60)  NOT NULL,
    display_name         VARCHAR(120) NOT NULL,
    role                 VARCHAR(30)  NOT NULL,
    partner_id           BIGINT,
    password_hash        VARCHAR(400) NOT NULL,
    active               BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_sign_ins      INTEGER      NOT NULL,
    locked_until         TIMESTAMP,
    last_sign_in         TIMESTAMP,
    CONSTRAINT user_account_user_name_uk UNIQUE (user_name),
    CONSTRAINT user_account_partner_fk FOREIGN KEY (partner_id) REFERENCES partner_organization (id),
    CONSTRAINT user_account_side_ck CHECK (
        (role IN ('INCENTIVES_USER', 'INCENTIVES_ADMIN') AND partner_id IS NOT NULL)
        OR (role IN ('PROGRAM_ADMIN', 'REVIEWER') AND partner_id IS NULL))
);

CREATE INDEX user_account_partner_ix ON user_account (partner_id);

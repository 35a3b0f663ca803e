-- The co-op model: program rules, funding periods, activity catalogue, partners, fund allocations,
-- plans with campaigns and activities, claims (proofs of execution) with evidence, and history.
-- Plain SQL that runs unchanged on H2 2.2 and PostgreSQL 14. Each sequence starts at and
-- increments by the entity's allocationSize (EclipseLink takes nextval as the end of a block).
-- Evidence bytes use BYTEA: PostgreSQL's binary type, which H2 accepts as BINARY VARYING.

-- programs: V1's program_seq started at 1, below its INCREMENT BY 10, which EclipseLink refuses
-- (error 7027, it reads nextval as the end of a block); restart it far above any id handed out
ALTER SEQUENCE program_seq RESTART WITH 1000;

-- programs: the configurable rules
ALTER TABLE program ADD COLUMN year_start DATE;
ALTER TABLE program ADD COLUMN year_end DATE;
UPDATE program SET year_start = CAST(CONCAT(CAST(program_year - 1 AS VARCHAR(4)), '-07-01') AS DATE),
                   year_end = CAST(CONCAT(CAST(program_year AS VARCHAR(4)), '-06-30') AS DATE);
ALTER TABLE program ALTER COLUMN year_start SET NOT NULL;
ALTER TABLE program ALTER COLUMN year_end SET NOT NULL;
ALTER TABLE program ADD COLUMN claim_deadline_days INTEGER DEFAULT 45 NOT NULL;
ALTER TABLE program ADD COLUMN plan_resubmission_days INTEGER DEFAULT 90 NOT NULL;
ALTER TABLE program ADD COLUMN answer_business_days INTEGER DEFAULT 10 NOT NULL;
ALTER TABLE program ADD COLUMN dispute_window_days INTEGER DEFAULT 30 NOT NULL;
ALTER TABLE program ADD COLUMN rebate_threshold NUMERIC(19,4) DEFAULT 0 NOT NULL;
ALTER TABLE program ADD COLUMN guidance_url VARCHAR(500);

CREATE SEQUENCE funding_period_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE funding_period (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    program_id    BIGINT       NOT NULL,
    name          VARCHAR(100) NOT NULL,
    earning_start DATE         NOT NULL,
    earning_end   DATE         NOT NULL,
    usage_start   DATE         NOT NULL,
    usage_end     DATE         NOT NULL,
    CONSTRAINT funding_period_program_fk FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT funding_period_name_uk UNIQUE (program_id, name),
    CONSTRAINT funding_period_windows_ck CHECK (earning_start <= earning_end AND usage_start <= usage_end
        AND usage_start > earning_end)
);

CREATE SEQUENCE activity_type_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE activity_type (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              BIGINT        NOT NULL,
    program_id           BIGINT        NOT NULL,
    code                 VARCHAR(60)   NOT NULL,
    category             VARCHAR(30)   NOT NULL,
    name_key             VARCHAR(120)  NOT NULL,
    guidance_url         VARCHAR(500),
    per_claim_cap        NUMERIC(19,4),
    per_period_cap       NUMERIC(19,4),
    earned_share_percent NUMERIC(7,4),
    earned_share_floor   NUMERIC(19,4),
    per_person_cap       NUMERIC(19,4),
    max_persons          INTEGER,
    alcohol_excluded     BOOLEAN       NOT NULL,
    active               BOOLEAN       NOT NULL,
    CONSTRAINT activity_type_program_fk FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT activity_type_code_uk UNIQUE (program_id, code)
);

CREATE TABLE activity_type_evidence (
    activity_type_id BIGINT       NOT NULL,
    list_index       INTEGER      NOT NULL,
    code             VARCHAR(60)  NOT NULL,
    description      VARCHAR(500) NOT NULL,
    example          VARCHAR(500),
    mandatory        BOOLEAN      NOT NULL,
    CONSTRAINT activity_type_evidence_pk PRIMARY KEY (activity_type_id, list_index),
    CONSTRAINT activity_type_evidence_type_fk FOREIGN KEY (activity_type_id) REFERENCES activity_type (id)
);

CREATE TABLE activity_type_metric (
    activity_type_id BIGINT      NOT NULL,
    list_index       INTEGER     NOT NULL,
    metric_code      VARCHAR(60) NOT NULL,
    CONSTRAINT activity_type_metric_pk PRIMARY KEY (activity_type_id, list_index),
    CONSTRAINT activity_type_metric_type_fk FOREIGN KEY (activity_type_id) REFERENCES activity_type (id)
);

-- partners and their funds
CREATE SEQUENCE partner_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE partner_organization (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    country_code VARCHAR(2)   NOT NULL,
    CONSTRAINT partner_organization_name_uk UNIQUE (name)
);

CREATE SEQUENCE fund_allocation_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE fund_allocation (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    partner_id        BIGINT        NOT NULL,
    program_id        BIGINT        NOT NULL,
    funding_period_id BIGINT        NOT NULL,
    currency_code     VARCHAR(3)    NOT NULL,
    earned            NUMERIC(19,4) NOT NULL,
    rebate            NUMERIC(19,4) NOT NULL,
    allocated         NUMERIC(19,4) NOT NULL,
    committed         NUMERIC(19,4) NOT NULL,
    claimed           NUMERIC(19,4) NOT NULL,
    paid              NUMERIC(19,4) NOT NULL,
    CONSTRAINT fund_allocation_partner_fk FOREIGN KEY (partner_id) REFERENCES partner_organization (id),
    CONSTRAINT fund_allocation_program_fk FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fund_allocation_period_fk FOREIGN KEY (funding_period_id) REFERENCES funding_period (id),
    CONSTRAINT fund_allocation_uk UNIQUE (partner_id, program_id, funding_period_id),
    -- the last line of defence: the fund is never overspent, whatever the code does
    CONSTRAINT fund_allocation_never_overspent_ck CHECK (committed >= 0 AND claimed >= 0 AND paid >= 0
        AND committed <= allocated AND claimed <= allocated AND paid <= claimed)
);
CREATE INDEX fund_allocation_program_ix ON fund_allocation (program_id, funding_period_id);

-- plans
CREATE SEQUENCE plan_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE plan (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    partner_id         BIGINT        NOT NULL,
    program_id         BIGINT        NOT NULL,
    allocation_id      BIGINT        NOT NULL,
    funding_period_id  BIGINT        NOT NULL,
    currency_code      VARCHAR(3)    NOT NULL,
    title              VARCHAR(200),
    objective          VARCHAR(4000),
    reviewer           VARCHAR(100),
    approved_limit     NUMERIC(19,4),
    status             VARCHAR(20)   NOT NULL,
    first_submitted_at TIMESTAMP,
    submitted_at       TIMESTAMP,
    decided_at         TIMESTAMP,
    decision_comment   VARCHAR(4000),
    CONSTRAINT plan_partner_fk FOREIGN KEY (partner_id) REFERENCES partner_organization (id),
    CONSTRAINT plan_program_fk FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT plan_allocation_fk FOREIGN KEY (allocation_id) REFERENCES fund_allocation (id),
    CONSTRAINT plan_period_fk FOREIGN KEY (funding_period_id) REFERENCES funding_period (id),
    CONSTRAINT plan_partner_program_fund_period_uk UNIQUE (partner_id, program_id, allocation_id, funding_period_id)
);
CREATE INDEX plan_status_ix ON plan (status, submitted_at);
CREATE INDEX plan_program_ix ON plan (program_id, status);
CREATE INDEX plan_reviewer_ix ON plan (reviewer, status);

CREATE SEQUENCE plan_campaign_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE plan_campaign (
    id         BIGINT        NOT NULL PRIMARY KEY,
    plan_id    BIGINT        NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    objective  VARCHAR(2000),
    start_date DATE          NOT NULL,
    end_date   DATE          NOT NULL,
    CONSTRAINT plan_campaign_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT plan_campaign_dates_ck CHECK (start_date <= end_date)
);
CREATE INDEX plan_campaign_plan_ix ON plan_campaign (plan_id);

CREATE SEQUENCE plan_activity_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE plan_activity (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    campaign_id        BIGINT        NOT NULL,
    activity_type_id   BIGINT,
    activity_type_code VARCHAR(60)   NOT NULL,
    planned_amount     NUMERIC(19,4) NOT NULL,
    description        VARCHAR(1000),
    CONSTRAINT plan_activity_campaign_fk FOREIGN KEY (campaign_id) REFERENCES plan_campaign (id),
    CONSTRAINT plan_activity_type_fk FOREIGN KEY (activity_type_id) REFERENCES activity_type (id)
);
CREATE INDEX plan_activity_campaign_ix ON plan_activity (campaign_id);

CREATE TABLE plan_activity_country (
    activity_id  BIGINT     NOT NULL,
    country_code VARCHAR(2) NOT NULL,
    CONSTRAINT plan_activity_country_pk PRIMARY KEY (activity_id, country_code),
    CONSTRAINT plan_activity_country_activity_fk FOREIGN KEY (activity_id) REFERENCES plan_activity (id)
);

CREATE TABLE plan_activity_metric (
    activity_id   BIGINT       NOT NULL,
    metric_code   VARCHAR(60)  NOT NULL,
    planned_value VARCHAR(200) NOT NULL,
    CONSTRAINT plan_activity_metric_pk PRIMARY KEY (activity_id, metric_code),
    CONSTRAINT plan_activity_metric_activity_fk FOREIGN KEY (activity_id) REFERENCES plan_activity (id)
);

-- claims (proofs of execution)
CREATE SEQUENCE claim_seq START WITH 10 INCREMENT BY 10;
CREATE TABLE claim (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    partner_id         BIGINT        NOT NULL,
    program_id         BIGINT        NOT NULL,
    plan_id            BIGINT        NOT NULL,
    campaign_id        BIGINT,
    activity_id        BIGINT,
    activity_type_code VARCHAR(60)   NOT NULL,
    allocation_id      BIGINT        NOT NULL,
    funding_period_id  BIGINT        NOT NULL,
    currency_code      VARCHAR(3)    NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    execution_date     DATE,
    amount             NUMERIC(19,4),
    estimated_reach    BIGINT,
    pre_approval_id    VARCHAR(100),
    persons            INTEGER,
    includes_alcohol   BOOLEAN       NOT NULL,
    invoice_number     VARCHAR(100),
    invoice_vendor     VARCHAR(200),
    invoice_date       DATE,
    invoice_amount     NUMERIC(19,4),
    invoice_currency   VARCHAR(3),
    self_cert_answers  VARCHAR(4000),
    self_cert_by       VARCHAR(100),
    self_cert_on       DATE,
    final_comments     VARCHAR(4000),
    status             VARCHAR(20)   NOT NULL,
    held_amount        NUMERIC(19,4) NOT NULL,
    claim_deadline     DATE          NOT NULL,
    first_submitted_at TIMESTAMP,
    submitted_at       TIMESTAMP,
    reviewer           VARCHAR(100),
    answer_due_on      DATE,
    review_comment     VARCHAR(4000),
    rejected_on        DATE,
    rejection_reason   VARCHAR(30),
    dispute_reason     VARCHAR(4000),
    decided_at         TIMESTAMP,
    payment_reference  VARCHAR(100),
    paid_on            DATE,
    CONSTRAINT claim_partner_fk FOREIGN KEY (partner_id) REFERENCES partner_organization (id),
    CONSTRAINT claim_program_fk FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT claim_plan_fk FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT claim_campaign_fk FOREIGN KEY (campaign_id) REFERENCES plan_campaign (id),
    CONSTRAINT claim_activity_fk FOREIGN KEY (activity_id) REFERENCES plan_activity (id),
    CONSTRAINT claim_allocation_fk FOREIGN KEY (allocation_id) REFERENCES fund_allocation (id),
    CONSTRAINT claim_period_fk FOREIGN KEY (funding_period_id) REFERENCES funding_period (id),
    CONSTRAINT claim_held_amount_ck CHECK (held_amount >= 0)
);
CREATE INDEX claim_review_queue_ix ON claim (status, submitted_at);
CREATE INDEX claim_partner_ix ON claim (partner_id, status);
CREATE INDEX claim_program_ix ON claim (program_id, status);
CREATE INDEX claim_plan_ix ON claim (plan_id);
CREATE INDEX claim_deadline_ix ON claim (claim_deadline, status);
CREATE INDEX claim_answer_due_ix ON claim (answer_due_on, status);
CREATE INDEX claim_type_period_ix ON claim (partner_id, funding_period_id, activity_type_code);
CREATE INDEX claim_invoice_ix ON claim (partner_id, invoice_number);
CREATE INDEX claim_reviewer_ix ON claim (reviewer, status);

CREATE TABLE claim_metric (
    claim_id     BIGINT        NOT NULL,
    metric_code  VARCHAR(60)   NOT NULL,
    metric_value VARCHAR(1000) NOT NULL,
    CONSTRAINT claim_metric_pk PRIMARY KEY (claim_id, metric_code),
    CONSTRAINT claim_metric_claim_fk FOREIGN KEY (claim_id) REFERENCES claim (id)
);

-- evidence: metadata apart from the bytes so lists never read blobs
CREATE SEQUENCE evidence_document_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE evidence_document (
    id               BIGINT        NOT NULL PRIMARY KEY,
    claim_id         BIGINT,
    file_name        VARCHAR(255)  NOT NULL,
    content_type     VARCHAR(100)  NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    sha256           VARCHAR(64)   NOT NULL,
    requirement_code VARCHAR(60)   NOT NULL,
    note             VARCHAR(2000),
    uploaded_at      TIMESTAMP     NOT NULL,
    uploaded_by      VARCHAR(100)  NOT NULL,
    locked           BOOLEAN       NOT NULL,
    CONSTRAINT evidence_document_claim_fk FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX evidence_document_claim_ix ON evidence_document (claim_id);

CREATE TABLE evidence_content (
    document_id BIGINT NOT NULL PRIMARY KEY,
    content     BYTEA  NOT NULL,
    CONSTRAINT evidence_content_document_fk FOREIGN KEY (document_id) REFERENCES evidence_document (id)
);

-- history: append-only
CREATE SEQUENCE history_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE history_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    subject_type VARCHAR(30)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    partner_id   BIGINT,
    action       VARCHAR(40)   NOT NULL,
    from_status  VARCHAR(30),
    to_status    VARCHAR(30),
    actor_name   VARCHAR(100)  NOT NULL,
    actor_role   VARCHAR(30)   NOT NULL,
    occurred_at  TIMESTAMP     NOT NULL,
    concerns     VARCHAR(200),
    details      VARCHAR(4000)
);
CREATE INDEX history_entry_subject_ix ON history_entry (subject_type, subject_id, occurred_at);
CREATE INDEX history_entry_partner_ix ON history_entry (partner_id, occurred_at);

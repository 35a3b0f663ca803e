-- Programs: the incentive programs partners earn and claim co-op funds under.
-- EclipseLink takes a sequence value as the last id of a block of allocationSize ids, so a
-- sequence starts at its increment (STACK.md trap 1: INCREMENT BY = allocationSize).
CREATE SEQUENCE program_seq START WITH 10 INCREMENT BY 10;

CREATE TABLE program (
    id                         BIGINT       NOT NULL PRIMARY KEY,
    version                    BIGINT       NOT NULL,
    name                       VARCHAR(200) NOT NULL,
    program_year               INTEGER      NOT NULL,
    currency_code              CHAR(3)      NOT NULL,
    plan_pre_approval_required BOOLEAN      NOT NULL,
    CONSTRAINT program_name_year_uk UNIQUE (name, program_year)
);

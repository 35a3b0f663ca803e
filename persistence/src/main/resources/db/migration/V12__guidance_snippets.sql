-- Program admins' own wording of the wizards' step help, per help key and language ("en",
-- "zh-TW"); without a row the bundled default text shows. "key" is reserved in H2, hence help_key.
CREATE SEQUENCE guidance_snippet_seq START WITH 10 INCREMENT BY 10;

CREATE TABLE guidance_snippet (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    help_key     VARCHAR(120)  NOT NULL,
    language_tag VARCHAR(10)   NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    CONSTRAINT guidance_snippet_key_language_uk UNIQUE (help_key, language_tag),
    CONSTRAINT guidance_snippet_language_ck CHECK (language_tag IN ('en', 'zh-TW'))
);

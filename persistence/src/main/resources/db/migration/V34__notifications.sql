-- Notifications (issue 14 item 4): an inbox per user, e-mail copies, per-user preferences.
--
-- user_account: the e-mail address notifications go to (none: inbox only), the language the user
-- last chose in the UI (texts of e-mails and inbox entries), and the topics the user does not want by
-- e-mail (comma separated NotificationTopic names; the inbox always gets everything).
ALTER TABLE user_account ADD COLUMN email VARCHAR(254);
ALTER TABLE user_account ADD COLUMN preferred_language VARCHAR(20);
ALTER TABLE user_account ADD COLUMN email_muted_topics VARCHAR(400);

-- user_notification: one row per recipient and event, written in the transaction of the decision or
-- submission it tells about (an outbox: a rolled-back decision leaves no row, a committed one cannot be
-- lost), or by the once-a-day reminder job. once_key makes each notification exist once: reminders use
-- recipient/item/threshold, so a second run (or a second node) cannot add it again.
-- email_state: NONE (no e-mail wanted or mail off), PENDING, SENDING (taken by email_node at
-- email_taken_at; retaken when that node went away), SENT, FAILED (after the last attempt).
CREATE SEQUENCE user_notification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE user_notification (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL,
    recipient      VARCHAR(60)   NOT NULL,
    kind           VARCHAR(40)   NOT NULL,
    subject_type   VARCHAR(20)   NOT NULL,
    subject_id     BIGINT        NOT NULL,
    subject_name   VARCHAR(200)  NOT NULL,
    due_on         DATE,
    days_left      INTEGER,
    amount         DECIMAL(19, 4),
    currency_code  VARCHAR(3),
    note           VARCHAR(2000),
    once_key       VARCHAR(250)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    read_at        TIMESTAMP,
    email_state    VARCHAR(10)   NOT NULL,
    email_attempts INTEGER       NOT NULL,
    email_node     VARCHAR(200),
    email_taken_at TIMESTAMP,
    CONSTRAINT user_notification_once_uk UNIQUE (once_key)
);

CREATE INDEX user_notification_inbox_ix ON user_notification (recipient, created_at, id);
CREATE INDEX user_notification_email_ix ON user_notification (email_state, id);

INSERT INTO scheduled_job (job_name) VALUES ('notification-reminders');

-- Dossier register: readable dossier codes and the rule "one open dossier per producer and product".
CREATE TABLE IF NOT EXISTS ocop_dossier (
  dossier_code        VARCHAR(64)  NOT NULL PRIMARY KEY,
  code_prefix         VARCHAR(64)  NOT NULL,
  sequence_no         INTEGER      NOT NULL,
  open_key            VARCHAR(700) UNIQUE,
  process_instance_id VARCHAR(64)  NOT NULL,
  registered_at       TIMESTAMP    NOT NULL,
  closed_at           TIMESTAMP,
  CONSTRAINT ocop_dossier_prefix_seq UNIQUE (code_prefix, sequence_no)
);

-- Mail outbox: written in the transaction of the step that causes the mail, sent by the delivery
-- process's job afterwards. The id is the mail's Message-ID, the same on every attempt.
CREATE TABLE IF NOT EXISTS ocop_mail (
  id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
  notice              VARCHAR(64)   NOT NULL,
  recipient           VARCHAR(320)  NOT NULL,
  subject             VARCHAR(500)  NOT NULL,
  text_body           TEXT          NOT NULL,
  html_body           TEXT          NOT NULL,
  dossier_code        VARCHAR(64),
  queued_at           TIMESTAMP     NOT NULL,
  sent_at             TIMESTAMP
);

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

-- New work for officials who chose one daily digest instead of a mail per task; the digest job sends
-- each official's unsent rows as one mail and marks them sent in the same transaction.
CREATE TABLE IF NOT EXISTS ocop_work_notice (
  id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
  user_id             VARCHAR(255)  NOT NULL,
  recipient           VARCHAR(320)  NOT NULL,
  dossier_code        VARCHAR(64),
  task_name           VARCHAR(500)  NOT NULL,
  due_on              VARCHAR(10),
  link                VARCHAR(1000) NOT NULL,
  created_at          TIMESTAMP     NOT NULL,
  sent_at             TIMESTAMP
);

-- Which overdue tasks were reminded or escalated already, so each is mailed once.
CREATE TABLE IF NOT EXISTS ocop_task_reminder (
  task_id             VARCHAR(64)   NOT NULL,
  kind                VARCHAR(16)   NOT NULL,
  sent_at             TIMESTAMP     NOT NULL,
  CONSTRAINT ocop_task_reminder_pk PRIMARY KEY (task_id, kind)
);

-- Certificates: written in the transaction of the step that issues or changes them, with their history.
CREATE TABLE IF NOT EXISTS ocop_certificate (
  code                  VARCHAR(80)   NOT NULL PRIMARY KEY,
  dossier_code          VARCHAR(64)   NOT NULL,
  process_instance_id   VARCHAR(64)   NOT NULL,
  product_name          VARCHAR(200)  NOT NULL,
  producer_name         VARCHAR(200)  NOT NULL,
  commune_code          VARCHAR(16)   NOT NULL,
  commune_name          VARCHAR(200)  NOT NULL,
  province_code         VARCHAR(16)   NOT NULL,
  province_name         VARCHAR(200)  NOT NULL,
  product_group         VARCHAR(4)    NOT NULL,
  stars                 INTEGER       NOT NULL,
  certifying_level      VARCHAR(16)   NOT NULL,
  certifying_unit_code  VARCHAR(16)   NOT NULL,
  certifying_unit_name  VARCHAR(200)  NOT NULL,
  issued_on             DATE          NOT NULL,
  expires_on            DATE          NOT NULL,
  status                VARCHAR(16)   NOT NULL,
  -- commune|producer|product, normalised: a certified product is found again when it is registered
  product_key           VARCHAR(700)  NOT NULL
);
CREATE TABLE IF NOT EXISTS ocop_certificate_event (
  id                    VARCHAR(64)   NOT NULL PRIMARY KEY,
  certificate_code      VARCHAR(80)   NOT NULL REFERENCES ocop_certificate (code),
  effective_on          DATE          NOT NULL,
  recorded_at           TIMESTAMP     NOT NULL,
  status                VARCHAR(16)   NOT NULL,
  stars                 INTEGER       NOT NULL,
  reason                VARCHAR(2000),
  decision_reference    VARCHAR(200)
);

-- Vietnam's working-day calendar, a year at a time: the weekdays off and the weekend days worked.
CREATE TABLE IF NOT EXISTS ocop_calendar_year (
  calendar_year       INTEGER       NOT NULL PRIMARY KEY,
  status              VARCHAR(20)   NOT NULL,
  source              VARCHAR(1000) NOT NULL,
  loaded_at           TIMESTAMP     NOT NULL
);

CREATE TABLE IF NOT EXISTS ocop_calendar_day (
  calendar_day        DATE          NOT NULL PRIMARY KEY,
  calendar_year       INTEGER       NOT NULL REFERENCES ocop_calendar_year (calendar_year),
  kind                VARCHAR(20)   NOT NULL,
  name                VARCHAR(200)  NOT NULL
);

-- Evaluation rounds (Decision 26/2026): a province's (scope = its code) or the ministry's (scope = central).
-- A proposal made on or before proposals_until is evaluated in the round, by evaluated_by. The legal
-- default rounds have no created_by; an agency adds others. id = <scope>-<proposals_until>, e.g. 40-2026-04-30.
CREATE TABLE IF NOT EXISTS ocop_evaluation_round (
  id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
  scope               VARCHAR(16)   NOT NULL,
  proposals_until     DATE          NOT NULL,
  evaluated_by        DATE          NOT NULL,
  created_by          VARCHAR(255),
  created_at          TIMESTAMP     NOT NULL,
  CONSTRAINT ocop_evaluation_round_scope_until UNIQUE (scope, proposals_until)
);

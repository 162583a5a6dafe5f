-- Evidence documents of dossiers: every version of every type is kept (a replacement is a new version),
-- with its content, so the dossier's evidence lives in the same database and transaction as its record.
CREATE TABLE ocop_document (
  id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
  dossier_code        VARCHAR(64)   NOT NULL,
  process_instance_id VARCHAR(64)   NOT NULL,
  type                VARCHAR(64)   NOT NULL,
  version             INTEGER       NOT NULL,
  file_name           VARCHAR(255)  NOT NULL,
  content_type        VARCHAR(100)  NOT NULL,
  size_bytes          BIGINT        NOT NULL,
  sha256              CHAR(64)      NOT NULL,
  content             BYTEA         NOT NULL,
  uploaded_by         VARCHAR(255)  NOT NULL,
  uploaded_at         TIMESTAMP     NOT NULL,
  -- The step the document was added at: its activity id and task.
  step                VARCHAR(64)   NOT NULL,
  task_id             VARCHAR(64),
  CONSTRAINT ocop_document_version UNIQUE (dossier_code, type, version)
);

-- Who uploaded, replaced or downloaded which version, and when: part of the dossier's history.
CREATE TABLE ocop_document_event (
  id                  VARCHAR(64)   NOT NULL PRIMARY KEY,
  document_id         VARCHAR(64)   NOT NULL REFERENCES ocop_document (id),
  dossier_code        VARCHAR(64)   NOT NULL,
  action              VARCHAR(16)   NOT NULL,
  version             INTEGER       NOT NULL,
  sha256              CHAR(64)      NOT NULL,
  user_id             VARCHAR(255)  NOT NULL,
  occurred_at         TIMESTAMP     NOT NULL
);
CREATE INDEX ocop_document_event_dossier ON ocop_document_event (dossier_code);

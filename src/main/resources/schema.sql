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

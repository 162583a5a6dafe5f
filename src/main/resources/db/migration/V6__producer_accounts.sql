-- Producer accounts (group "producers"): which commune each belongs to, and who created it when.
-- The row is inserted before the engine's user, under the registration's transaction, so two
-- registrations of one producer at the same moment make one account.
CREATE TABLE ocop_producer (
  user_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  commune_code        VARCHAR(16)  NOT NULL,
  created_by          VARCHAR(64),
  created_at          TIMESTAMP    NOT NULL
);

-- One-time links that let a new producer choose a password. Only the SHA-256 of the token is kept;
-- the token itself travels in the producer's mail.
CREATE TABLE ocop_password_link (
  token_sha256        VARCHAR(64)  NOT NULL PRIMARY KEY,
  user_id             VARCHAR(64)  NOT NULL,
  expires_at          TIMESTAMP    NOT NULL,
  used_at             TIMESTAMP
);
CREATE INDEX ocop_password_link_user ON ocop_password_link (user_id);

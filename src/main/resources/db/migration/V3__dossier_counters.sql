-- The last dossier number given under each code prefix (commune, product group, year). A registration
-- increments its prefix's row, which locks it until the registration commits: registrations of the same
-- prefix at the same moment wait for each other instead of colliding on a number.
CREATE TABLE ocop_dossier_counter (
  code_prefix         VARCHAR(64)  NOT NULL PRIMARY KEY,
  last_no             INTEGER      NOT NULL
);
INSERT INTO ocop_dossier_counter (code_prefix, last_no)
  SELECT code_prefix, MAX(sequence_no) FROM ocop_dossier GROUP BY code_prefix;

-- Every query the engine checks reads the caller's authorizations: "USER_ID_ IN (user, '*') OR GROUP_ID_ IN
-- (groups)". The engine's schema indexes GROUP_ID_ alone but USER_ID_ only behind TYPE_, so that OR read the whole
-- table (tens of thousands of rows nationally) on every task list and filter count. With this index the two arms
-- are two index look-ups (README, Benchmark). Named for the project, so no Camunda upgrade script collides with it.
CREATE INDEX IF NOT EXISTS ocop_idx_auth_user_id ON ACT_RU_AUTHORIZATION (USER_ID_);

-- One row that every node locks while it brings groups, grants, filters, officials and calendars to what it
-- ships (database/StartUpLock): nodes that start at once on one database do that work one after the other,
-- and each finds what the one before wrote. Filters have no unique key, so without it both would save them.
CREATE TABLE ocop_start_up_lock (
  name VARCHAR(40) PRIMARY KEY
);
INSERT INTO ocop_start_up_lock (name) VALUES ('start-up');

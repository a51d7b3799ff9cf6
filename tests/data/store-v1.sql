-- A task store as schema version 1 wrote it (before the archive and the notification list): the fixture of
-- tst_taskstore::migratesFromVersion1. One statement per line.
CREATE TABLE tasks (id TEXT PRIMARY KEY NOT NULL, label TEXT NOT NULL DEFAULT '', connection TEXT NOT NULL DEFAULT '', added_ms INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL DEFAULT 0, running_since_ms INTEGER NOT NULL DEFAULT 0, completed_ms INTEGER NOT NULL DEFAULT 0, last_checked_ms INTEGER NOT NULL DEFAULT 0, request_count INTEGER NOT NULL DEFAULT 0, last_http_status INTEGER NOT NULL DEFAULT 0, last_latency_ms INTEGER NOT NULL DEFAULT 0, stale_since_ms INTEGER NOT NULL DEFAULT 0, watch INTEGER NOT NULL DEFAULT 0, last_error TEXT, answer TEXT, result TEXT);
CREATE TABLE transitions (task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, time_ms INTEGER NOT NULL, state TEXT NOT NULL, status TEXT NOT NULL);
CREATE INDEX transitions_by_task ON transitions(task_id, time_ms);
INSERT INTO tasks VALUES ('3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10', 'Quarterly access review', 'https://acme.vezacloud.com', 1764400000000, 1764399990000, 1764400005000, 1764400060000, 1764400060000, 7, 200, 41, 0, 2, NULL, '{"id":"3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10","state":"COMPLETE","status":"SUCCEEDED","created_at":"2025-11-29T07:06:30Z"}', '{"number_value":"42"}');
INSERT INTO tasks VALUES ('job-7781', '', 'https://acme.vezacloud.com', 1764400100000, 0, 1764400110000, 0, 1764400200000, 4, 0, 30012, 1764400200000, 0, '{"kind":"timeout","http_status":0,"code":"","message":"","details":[],"request_id":"","technical":"no answer"}', '{"id":"job-7781","state":"IN_PROGRESS","status":"UNKNOWN_STATUS"}', NULL);
INSERT INTO transitions VALUES ('3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10', 1764400001000, 'PENDING', 'UNKNOWN_STATUS');
INSERT INTO transitions VALUES ('3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10', 1764400005000, 'IN_PROGRESS', 'UNKNOWN_STATUS');
INSERT INTO transitions VALUES ('3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10', 1764400060000, 'COMPLETE', 'SUCCEEDED');
PRAGMA user_version=1;

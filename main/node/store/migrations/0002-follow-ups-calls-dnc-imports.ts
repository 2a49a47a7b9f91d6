// Migration 2: follow-ups, call log, do-not-call, import jobs and their per-row report
export const sql = `
  ALTER TABLE contacts ADD COLUMN last_outcome TEXT;
  ALTER TABLE contacts ADD COLUMN next_follow_up_at INTEGER;
  CREATE INDEX contacts_last_outcome ON contacts(last_outcome) WHERE last_outcome IS NOT NULL;
  CREATE INDEX contacts_next_follow_up ON contacts(next_follow_up_at) WHERE next_follow_up_at IS NOT NULL;
  CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    due_at INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    done_at INTEGER,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX follow_ups_contact ON follow_ups(contact_id, due_at);
  CREATE INDEX follow_ups_open ON follow_ups(due_at) WHERE done_at IS NULL;
  CREATE TABLE call_log (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    line TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('inbound', 'outbound')),
    number TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    answered_at INTEGER,
    ended_at INTEGER,
    outcome TEXT,
    disposition TEXT,
    recording_path TEXT,
    privacy_binding_id TEXT
  );
  CREATE INDEX call_log_contact ON call_log(contact_id, started_at);
  CREATE INDEX call_log_number ON call_log(number, started_at);
  CREATE TABLE dnc (
    phone_key TEXT PRIMARY KEY,
    reason TEXT NOT NULL CHECK (reason IN ('refused', 'complaint', 'regulator', 'invalid')),
    source TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE import_jobs (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    list_name TEXT,
    status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'cancelled', 'failed', 'interrupted')),
    rows INTEGER NOT NULL DEFAULT 0,
    imported INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    invalid INTEGER NOT NULL DEFAULT 0,
    dnc INTEGER NOT NULL DEFAULT 0,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    error TEXT
  );
  CREATE TABLE import_issues (
    job_id INTEGER NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    reason TEXT NOT NULL,
    value TEXT NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (job_id, line)
  ) WITHOUT ROWID;
  `;

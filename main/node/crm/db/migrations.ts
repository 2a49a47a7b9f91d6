/**
 * Append-only: a shipped migration is never edited, because agents' databases already ran it.
 * Version N is reached by running migrations[0..N-1]; PRAGMA user_version records N.
 */
export const migrations: readonly string[] = [
  // 1: contacts with several numbers each, tags, call lists, notes
  `
  CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '{}', -- JSON: import columns Dialdeck has no field for
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE contact_phones (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    phone_key TEXT NOT NULL, -- E.164 plus ;ext=, one owner per number (unique index below)
    e164 TEXT NOT NULL,
    national TEXT NOT NULL,
    extension TEXT,
    kind TEXT NOT NULL,
    raw TEXT NOT NULL,
    position INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX contact_phones_key ON contact_phones(phone_key);
  CREATE INDEX contact_phones_contact ON contact_phones(contact_id);
  CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
  CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
  ) WITHOUT ROWID;
  CREATE INDEX contact_tags_tag ON contact_tags(tag_id, contact_id);
  CREATE TABLE lists (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL);
  CREATE TABLE list_members (
    list_id INTEGER NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (list_id, contact_id)
  ) WITHOUT ROWID;
  CREATE INDEX list_members_contact ON list_members(contact_id);
  CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX notes_contact ON notes(contact_id, created_at);
  `,
  // 2: follow-ups, call log, do-not-call, import jobs and their per-row report
  `
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
  `,
  // 3: search. Trigram FTS finds fragments of >= 3 characters; the name/company indexes serve the
  // 1-2 character Chinese names (王, 王芳) by prefix. crm_stats keeps the unfiltered total O(1).
  `
  CREATE INDEX contacts_name ON contacts(name);
  CREATE INDEX contacts_company ON contacts(company);
  CREATE VIRTUAL TABLE contact_search USING fts5(
    name, company, phones, content='', contentless_delete=1, tokenize='trigram'
  );
  INSERT INTO contact_search(rowid, name, company, phones)
    SELECT c.id, c.name, c.company,
      (SELECT group_concat(p.national || CASE WHEN p.kind = 'landline' THEN ' 0' || p.national ELSE '' END, ' ')
         FROM contact_phones p WHERE p.contact_id = c.id)
    FROM contacts c;
  -- the statement above is frozen history; db/searchIndex.ts holds the living copy
  CREATE TABLE crm_stats (id INTEGER PRIMARY KEY CHECK (id = 1), contacts INTEGER NOT NULL);
  INSERT INTO crm_stats VALUES (1, (SELECT count(*) FROM contacts));
  CREATE TRIGGER contacts_count_insert AFTER INSERT ON contacts BEGIN
    UPDATE crm_stats SET contacts = contacts + 1 WHERE id = 1;
  END;
  CREATE TRIGGER contacts_count_delete AFTER DELETE ON contacts BEGIN
    UPDATE crm_stats SET contacts = contacts - 1 WHERE id = 1;
    DELETE FROM contact_search WHERE rowid = old.id;
  END;
  `,
  // 4: 1-2 character prefix search moves into the trigram index: name and company are indexed behind
  // two char(2) marks, so "王" is the trigram char(2,2)||'王' whose rowid-ordered posting list stops
  // at LIMIT. The b-tree prefix ranges had to collect and sort every match (70k for 王 in 1M).
  `
  DROP INDEX contacts_name;
  DROP INDEX contacts_company;
  INSERT INTO contact_search(contact_search) VALUES ('delete-all');
  INSERT INTO contact_search(rowid, name, company, phones)
    SELECT c.id, char(2, 2) || c.name, char(2, 2) || c.company,
      (SELECT group_concat(p.national || CASE WHEN p.kind = 'landline' THEN ' 0' || p.national ELSE '' END, ' ')
         FROM contact_phones p WHERE p.contact_id = c.id)
    FROM contacts c;
  `,
  // 5: resumable imports. Accepted rows are staged in batches (one row per batch: compact JSON that
  // the publish step expands with jsonb_each) and committed as they are read; the live tables only
  // change in the single publish transaction, so nobody ever sees a half-imported list.
  `
  ALTER TABLE import_jobs ADD COLUMN mapping TEXT; -- JSON HeaderMapping, so a resume reads the file the same way
  ALTER TABLE import_jobs ADD COLUMN file_size INTEGER; -- with file_mtime: a resume refuses a changed file
  ALTER TABLE import_jobs ADD COLUMN file_mtime INTEGER;
  ALTER TABLE import_jobs ADD COLUMN staged_line INTEGER NOT NULL DEFAULT 1; -- last source line staged and committed (header = 1)
  CREATE TABLE import_staged_batches (
    job_id INTEGER NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
    first_line INTEGER NOT NULL,
    contacts TEXT NOT NULL, -- JSON [[line, name, company, phone text for the search index, extra?], ...]
    phones TEXT NOT NULL, -- JSON [[line, position, key, e164, national, extension, kind, raw], ...]
    notes TEXT NOT NULL, -- JSON [[line, note], ...]: few rows have one, so publish does not scan every contact for it
    tags TEXT NOT NULL, -- JSON [[line, tag], ...]
    PRIMARY KEY (job_id, first_line)
  );
  `,
  // 6: calls know their campaign, so the stats board can group by it; outcomes cover invalid numbers,
  // unreachable phones and calls the agent cancelled
  `
  ALTER TABLE call_log ADD COLUMN campaign_id TEXT; -- common/campaign CampaignId
  CREATE INDEX call_log_started ON call_log(started_at);
  CREATE INDEX call_log_campaign ON call_log(campaign_id, started_at) WHERE campaign_id IS NOT NULL;
  `,
  // 7: campaign dialing and compliance. Campaign settings are JSON validated by common/campaign Campaign;
  // attempts per number drive recycling; leads hold claims and skips; callbacks mirror into follow_ups;
  // the agent-state log and the compliance audit trail are append-only; retention is one settings row.
  `
  CREATE TABLE campaigns (
    id TEXT PRIMARY KEY,
    settings TEXT NOT NULL, -- JSON common/campaign Campaign
    archived INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE campaign_attempts (
    id INTEGER PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    phone_key TEXT NOT NULL, -- E.164 of the number dialled
    agent_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    disposition_code TEXT,
    disposition_effect TEXT,
    call_log_id INTEGER REFERENCES call_log(id) ON DELETE SET NULL
  );
  CREATE INDEX campaign_attempts_contact ON campaign_attempts(campaign_id, contact_id, at);
  CREATE INDEX campaign_attempts_number ON campaign_attempts(phone_key, at);
  CREATE TABLE campaign_leads (
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    claimed_by TEXT,
    claimed_at INTEGER,
    skipped_by TEXT,
    skipped_until INTEGER,
    PRIMARY KEY (campaign_id, contact_id)
  ) WITHOUT ROWID;
  CREATE TABLE campaign_callbacks (
    id INTEGER PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    phone_key TEXT,
    due_at INTEGER NOT NULL,
    owner_agent_id TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('agentOnly', 'anyone')),
    follow_up_id INTEGER REFERENCES follow_ups(id) ON DELETE SET NULL,
    done_at INTEGER,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX campaign_callbacks_open ON campaign_callbacks(campaign_id, due_at) WHERE done_at IS NULL;
  CREATE TABLE agent_state_log (
    id INTEGER PRIMARY KEY,
    agent_id TEXT NOT NULL,
    campaign_id TEXT,
    state TEXT NOT NULL,
    reason TEXT,
    at INTEGER NOT NULL
  );
  CREATE INDEX agent_state_log_agent ON agent_state_log(agent_id, at);
  CREATE TABLE compliance_audit (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    agent_id TEXT NOT NULL,
    campaign_id TEXT,
    stage TEXT NOT NULL CHECK (stage IN ('import', 'dial')),
    number_masked TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('allowed', 'blocked')),
    rule TEXT,
    reason_key TEXT,
    detail TEXT NOT NULL DEFAULT '{}'
  );
  CREATE INDEX compliance_audit_at ON compliance_audit(at);
  CREATE TABLE retention_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    call_records_days INTEGER NOT NULL,
    recordings_days INTEGER NOT NULL,
    audit_days INTEGER NOT NULL
  );
  INSERT INTO retention_settings VALUES (1, 180, 90, 365);
  `,
  // 8: the stats board's hourly summary: per UTC hour and campaign, the sums the board shows (the
  // measures of common/stats addCall). Triggers keep it exact in the same transaction as every insert,
  // outcome correction and retention delete of call_log; a board reads whole hours here and only
  // partial hours from call_log (main/node/stats/hourlySummary.ts). Every change goes through the
  // call_stats_change view, so the per-call sums are written once. A new call outcome needs a
  // migration that adds its column and rebuilds the table (a unit test compares the columns).
  `
  CREATE TABLE call_stats_hourly (
    hour INTEGER NOT NULL, -- floor(started_at / 3600000): hours since 1970 in UTC
    in_campaign INTEGER NOT NULL, -- 0 for calls outside any campaign (campaign_id IS NULL)
    campaign_key TEXT NOT NULL, -- the campaign_id; '' when in_campaign = 0
    calls INTEGER NOT NULL,
    outbound INTEGER NOT NULL,
    connected INTEGER NOT NULL,
    inbound INTEGER NOT NULL,
    talk_ms INTEGER NOT NULL,
    talked INTEGER NOT NULL,
    o_answered INTEGER NOT NULL,
    o_noAnswer INTEGER NOT NULL,
    o_busy INTEGER NOT NULL,
    o_failed INTEGER NOT NULL,
    o_rejected INTEGER NOT NULL,
    o_voicemail INTEGER NOT NULL,
    o_invalidNumber INTEGER NOT NULL,
    o_unreachable INTEGER NOT NULL,
    o_cancelled INTEGER NOT NULL,
    o_none INTEGER NOT NULL, -- no outcome, or one this list does not know
    PRIMARY KEY (hour, in_campaign, campaign_key)
  ) WITHOUT ROWID;
  -- inserting (sign, call) here adds (sign = 1) or removes (sign = -1) one call's share; it stores nothing itself
  CREATE VIEW call_stats_change(sign, started_at, direction, answered_at, ended_at, outcome, campaign_id) AS
    SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL WHERE 0;
  -- the board's ranges compare started_at as a number: rows holding text there were never counted
  CREATE TRIGGER call_stats_change_apply INSTEAD OF INSERT ON call_stats_change
  WHEN typeof(NEW.started_at) IN ('integer', 'real')
  BEGIN
    INSERT INTO call_stats_hourly VALUES (
      CAST(floor(NEW.started_at / 3600000.0) AS INTEGER), NEW.campaign_id IS NOT NULL, coalesce(NEW.campaign_id, ''),
      NEW.sign,
      NEW.sign * (NEW.direction = 'outbound'),
      NEW.sign * (NEW.direction = 'outbound' AND NEW.outcome IS 'answered'),
      NEW.sign * (NEW.direction = 'inbound'),
      NEW.sign * (CASE WHEN NEW.ended_at >= NEW.answered_at THEN NEW.ended_at - NEW.answered_at ELSE 0 END),
      NEW.sign * (CASE WHEN NEW.ended_at >= NEW.answered_at THEN 1 ELSE 0 END),
      NEW.sign * (NEW.outcome IS 'answered'),
      NEW.sign * (NEW.outcome IS 'noAnswer'),
      NEW.sign * (NEW.outcome IS 'busy'),
      NEW.sign * (NEW.outcome IS 'failed'),
      NEW.sign * (NEW.outcome IS 'rejected'),
      NEW.sign * (NEW.outcome IS 'voicemail'),
      NEW.sign * (NEW.outcome IS 'invalidNumber'),
      NEW.sign * (NEW.outcome IS 'unreachable'),
      NEW.sign * (NEW.outcome IS 'cancelled'),
      NEW.sign * (NEW.outcome IS NULL OR NEW.outcome NOT IN
        ('answered', 'noAnswer', 'busy', 'failed', 'rejected', 'voicemail', 'invalidNumber', 'unreachable', 'cancelled'))
    ) ON CONFLICT DO UPDATE SET
      calls = calls + excluded.calls, outbound = outbound + excluded.outbound, connected = connected + excluded.connected,
      inbound = inbound + excluded.inbound, talk_ms = talk_ms + excluded.talk_ms, talked = talked + excluded.talked,
      o_answered = o_answered + excluded.o_answered, o_noAnswer = o_noAnswer + excluded.o_noAnswer,
      o_busy = o_busy + excluded.o_busy, o_failed = o_failed + excluded.o_failed, o_rejected = o_rejected + excluded.o_rejected,
      o_voicemail = o_voicemail + excluded.o_voicemail, o_invalidNumber = o_invalidNumber + excluded.o_invalidNumber,
      o_unreachable = o_unreachable + excluded.o_unreachable, o_cancelled = o_cancelled + excluded.o_cancelled,
      o_none = o_none + excluded.o_none;
    -- an hour whose last call was deleted or moved away leaves no row behind
    DELETE FROM call_stats_hourly
    WHERE NEW.sign < 0 AND calls = 0 AND hour = CAST(floor(NEW.started_at / 3600000.0) AS INTEGER)
      AND in_campaign = (NEW.campaign_id IS NOT NULL) AND campaign_key = coalesce(NEW.campaign_id, '');
  END;
  CREATE TRIGGER call_stats_insert AFTER INSERT ON call_log BEGIN
    INSERT INTO call_stats_change VALUES (1, NEW.started_at, NEW.direction, NEW.answered_at, NEW.ended_at, NEW.outcome, NEW.campaign_id);
  END;
  CREATE TRIGGER call_stats_delete AFTER DELETE ON call_log BEGIN
    INSERT INTO call_stats_change VALUES (-1, OLD.started_at, OLD.direction, OLD.answered_at, OLD.ended_at, OLD.outcome, OLD.campaign_id);
  END;
  -- the new share first: a correction that stays in its hour never empties the row in between
  CREATE TRIGGER call_stats_update AFTER UPDATE OF started_at, direction, answered_at, ended_at, outcome, campaign_id ON call_log BEGIN
    INSERT INTO call_stats_change VALUES (1, NEW.started_at, NEW.direction, NEW.answered_at, NEW.ended_at, NEW.outcome, NEW.campaign_id);
    INSERT INTO call_stats_change VALUES (-1, OLD.started_at, OLD.direction, OLD.answered_at, OLD.ended_at, OLD.outcome, OLD.campaign_id);
  END;
  INSERT INTO call_stats_change SELECT 1, started_at, direction, answered_at, ended_at, outcome, campaign_id FROM call_log;
  `,
];

export const LATEST_VERSION = migrations.length;

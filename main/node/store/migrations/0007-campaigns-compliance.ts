// Migration 7: campaign dialing and compliance. Campaign settings are JSON validated by common/campaign Campaign;
// attempts per number drive recycling; leads hold claims and skips; callbacks mirror into follow_ups;
// the agent-state log and the compliance audit trail are append-only; retention is one settings row.
export const sql = `
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
  `;

// Migration 1: contacts with several numbers each, tags, call lists, notes
export const sql = `
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
  `;

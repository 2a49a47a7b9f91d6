// Migration 3: search. Trigram FTS finds fragments of >= 3 characters; the name/company indexes serve the
// 1-2 character Chinese names (王, 王芳) by prefix. crm_stats keeps the unfiltered total O(1).
export const sql = `
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
  -- the statement above is frozen history; db/search-index.ts holds the living copy
  CREATE TABLE crm_stats (id INTEGER PRIMARY KEY CHECK (id = 1), contacts INTEGER NOT NULL);
  INSERT INTO crm_stats VALUES (1, (SELECT count(*) FROM contacts));
  CREATE TRIGGER contacts_count_insert AFTER INSERT ON contacts BEGIN
    UPDATE crm_stats SET contacts = contacts + 1 WHERE id = 1;
  END;
  CREATE TRIGGER contacts_count_delete AFTER DELETE ON contacts BEGIN
    UPDATE crm_stats SET contacts = contacts - 1 WHERE id = 1;
    DELETE FROM contact_search WHERE rowid = old.id;
  END;
  `;

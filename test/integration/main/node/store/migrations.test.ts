import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate, schemaVersion } from '../../../../../main/node/store/run-migrations';
import { LATEST_VERSION } from '../../../../../main/node/store/run-migrations';

function schemaOf(db: Database.Database): unknown[] {
  return db.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name`).all();
}

/** Data a user could have stored at each version; it must survive every later migration. */
const SEED: Record<number, string> = {
  1: `INSERT INTO contacts(id, name, company, created_at, updated_at) VALUES (1, '张三', '某公司', 1, 1);
      INSERT INTO contact_phones(contact_id, phone_key, e164, national, kind, raw, position)
        VALUES (1, '+8613800138000', '+8613800138000', '13800138000', 'mobile', '138 0013 8000', 0);`,
  2: `INSERT INTO dnc(phone_key, reason, source, created_at) VALUES ('+8613900139000', 'refused', 'agent', 1);`,
};

describe('CRM migrations', () => {
  const fresh = new Database(':memory:');
  migrate(fresh);
  const latestSchema = schemaOf(fresh);

  it.each(Array.from({ length: LATEST_VERSION }, (_, v) => v))('upgrade from version %i reaches the same schema and keeps data', (from) => {
    const db = new Database(':memory:');
    for (let v = 1; v <= from; v++) {
      migrate(db, v);
      if (SEED[v]) db.exec(SEED[v]!);
    }
    expect(schemaVersion(db)).toBe(from);
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(schemaOf(db)).toEqual(latestSchema);
    if (from >= 1) {
      expect(db.prepare('SELECT contacts FROM crm_stats').pluck().get()).toBe(1);
      // contacts stored before the search index existed are searchable after the upgrade
      expect(db.prepare(`SELECT rowid FROM contact_search WHERE contact_search MATCH '"0013800"'`).pluck().all()).toEqual([1]);
    }
    if (from >= 2) expect(db.prepare('SELECT reason FROM dnc').pluck().get()).toBe('refused');
  });

  it('refuses a database written by a newer Dialdeck', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this Dialdeck/);
  });

  it('is idempotent', () => {
    expect(migrate(fresh)).toBe(LATEST_VERSION);
    expect(schemaOf(fresh)).toEqual(latestSchema);
  });
});

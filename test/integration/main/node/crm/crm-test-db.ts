import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../../../main/node/store/open-database';

/** A fresh database and scratch folder per test; files are generated here, never checked in. */
export function scratch(): { dir: string; db: Database; file(name: string, text: string, encoding?: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-crm-'));
  const env = {
    dir,
    db: openDatabase(join(dir, 'crm.db')),
    file(name: string, text: string, encoding = 'utf-8'): string {
      const path = join(dir, name);
      writeFileSync(path, iconv.encode(text, encoding));
      return path;
    },
    cleanup() {
      // tests may reopen env.db (e.g. after killing a writer); close whichever is current
      if (env.db.open) env.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return env;
}

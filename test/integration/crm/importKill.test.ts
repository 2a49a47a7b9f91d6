import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { openCrmDatabase } from '../../../main/node/crm/db/openCrmDatabase';
import { importContacts } from '../../../main/node/crm/import/importContacts';
import { generateContacts, CSV_HEADER, toCsvRow } from '../../fixtures/crm/generateContacts';
import { scratch } from './crmTestDb';

const CLI = join(import.meta.dirname, '../../../main/node/cli/crm.ts');

let env: ReturnType<typeof scratch>;
afterEach(() => env.cleanup());

async function writeCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write(CSV_HEADER);
  for (const row of generateContacts(rows, 7)) out.write(toCsvRow(row));
  out.end();
  await once(out, 'finish');
}

describe('an import killed with SIGKILL', () => {
  it('leaves the database as it was, marks the job interrupted, and the file imports cleanly afterwards', async () => {
    env = scratch();
    await importContacts(env.db, { file: env.file('before.csv', '姓名,手机\n老客户,13700137000\n') });
    env.db.close();
    const dbPath = join(env.dir, 'crm.db');
    const csv = join(env.dir, 'big.csv');
    await writeCsv(csv, 60_000);

    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'import', csv, '--db', dbPath, '--progress'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    // kill as soon as the child reports rows written inside its open transaction
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/"imported":[1-9]/.test(stderr)) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`import ended before it could be killed: ${stderr}`)));
    });
    const [, signal] = await once(child, 'exit');
    expect(signal).toBe('SIGKILL');

    env.db = openCrmDatabase(dbPath);
    expect(env.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(env.db.prepare('SELECT name FROM contacts').pluck().all()).toEqual(['老客户']);
    expect(env.db.prepare('SELECT contacts FROM crm_stats').pluck().get()).toBe(1);
    expect(env.db.prepare('SELECT status FROM import_jobs ORDER BY id').pluck().all()).toEqual(['completed', 'interrupted']);

    const retry = await importContacts(env.db, { file: csv });
    expect(retry.status).toBe('completed');
    expect(env.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(retry.imported + 1);
  }, 60_000);
});

import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import { openCrmDatabase } from '../../../main/node/crm/db/openCrmDatabase';
import { importContacts } from '../../../main/node/crm/import/importContacts';
import { generateContacts, CSV_HEADER, toCsvRow } from '../../fixtures/crm/generateContacts';
import { scratch } from './crmTestDb';

const CLI = join(import.meta.dirname, '../../../main/node/cli/crm.ts');
const ROWS = 60_000; // ~3 MiB: several 1 MiB batches, so the kill lands between committed batches

const envs: ReturnType<typeof scratch>[] = [];
afterEach(() => envs.splice(0).forEach((env) => env.cleanup()));

async function writeCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write(CSV_HEADER);
  for (const row of generateContacts(ROWS, 7)) out.write(toCsvRow(row));
  out.end();
  await once(out, 'finish');
}

/** A database holding one earlier contact, so "unchanged" and "equal to a clean import" mean something. */
async function databaseWithOneContact(): Promise<ReturnType<typeof scratch>> {
  const env = scratch();
  envs.push(env);
  await importContacts(env.db, { file: env.file('before.csv', '姓名,手机\n老客户,13700137000\n') });
  return env;
}

function cli(...args: string[]): ChildProcess & { stdout: NodeJS.ReadableStream } {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }) as ChildProcess & { stdout: NodeJS.ReadableStream };
}

/** Kills the import as soon as its job row shows a committed batch (polling on a separate read connection). */
async function killAfterFirstBatch(child: ChildProcess, dbPath: string): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  const reader = openCrmDatabase(dbPath, { readonly: true });
  try {
    const stagedLine = reader.prepare(`SELECT max(staged_line) FROM import_jobs WHERE status = 'running'`).pluck();
    while (((stagedLine.get() as number | null) ?? 0) <= 1) {
      if (exited) throw new Error('the import ended before it could be killed');
      await sleep(5);
    }
  } finally {
    reader.close();
  }
  child.kill('SIGKILL');
  const [, signal] = await once(child, 'exit');
  expect(signal).toBe('SIGKILL');
}

/** Everything a finished import leaves behind, for comparing two databases. */
const tally = (db: Database, jobId: number) =>
  db.prepare(
    `SELECT (SELECT count(*) FROM contacts) AS contacts, (SELECT count(*) FROM contact_phones) AS phones,
       (SELECT count(*) FROM contact_search) AS indexed, (SELECT contacts FROM crm_stats) AS counted,
       (SELECT count(*) FROM import_issues WHERE job_id = ?) AS issues, (SELECT count(*) FROM import_staged_batches) AS staged`,
  ).get(jobId);

const countsOf = (summary: Record<string, unknown>) => ({
  rows: summary.rows, imported: summary.imported, duplicates: summary.duplicates, invalid: summary.invalid, dnc: summary.dnc,
});

describe('an import killed with SIGKILL', () => {
  it('leaves the live tables unchanged, and resuming it ends exactly like a clean import', async () => {
    const env = await databaseWithOneContact();
    env.db.close();
    const dbPath = join(env.dir, 'crm.db');
    const csv = join(env.dir, 'big.csv');
    await writeCsv(csv);

    await killAfterFirstBatch(cli('import', csv, '--db', dbPath), dbPath);

    env.db = openCrmDatabase(dbPath);
    expect(env.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(env.db.prepare('SELECT name FROM contacts').pluck().all()).toEqual(['老客户']);
    expect(env.db.prepare('SELECT contacts FROM crm_stats').pluck().get()).toBe(1);
    expect(env.db.prepare('SELECT count(*) FROM contact_search').pluck().get()).toBe(1);
    const job = env.db.prepare(`SELECT id, status, staged_line AS stagedLine FROM import_jobs ORDER BY id DESC LIMIT 1`).get() as {
      id: number; status: string; stagedLine: number;
    };
    expect(job.status).toBe('interrupted');
    expect(job.stagedLine).toBeGreaterThan(1);
    env.db.close();

    const resumed = cli('import', '--resume', String(job.id), '--db', dbPath);
    let stdout = '';
    resumed.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const [code] = await once(resumed, 'exit');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as Record<string, unknown>;
    expect(summary.jobId).toBe(job.id);

    const clean = await databaseWithOneContact();
    const reference = await importContacts(clean.db, { file: csv });
    expect(countsOf(summary)).toEqual(countsOf(reference));

    env.db = openCrmDatabase(dbPath);
    expect(tally(env.db, job.id)).toEqual(tally(clean.db, reference.jobId));
    expect(env.db.prepare('SELECT status FROM import_jobs WHERE id = ?').pluck().get(job.id)).toBe('completed');
  }, 120_000);
});

import { afterEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../../../../../main/node/store/open-database';
import { importContacts } from '../../../../../../main/node/crm/import/import-contacts';
import { generateContacts, CSV_HEADER, toCsvRow } from '../../../../../fixtures/crm/generate-contacts';
import { SearchRequest } from '../../../../../../common/crm';
import { searchContacts } from '../../../../../../main/node/crm/repo/search-contacts';
import { scratch } from '../crm-test-db';
import { repoPath } from '../../../../../support/repo-path';

const CLI = repoPath('main/node/cli/crm-cli.ts');
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

/**
 * Either empty (a first import builds its search index while reading, see pending-search-index.ts) or
 * holding one earlier contact, so "unchanged" and "equal to a clean import" mean something.
 */
async function database(withContact: boolean): Promise<ReturnType<typeof scratch>> {
  const env = scratch();
  envs.push(env);
  if (withContact) await importContacts(env.db, { file: env.file('before.csv', '姓名,手机\n老客户,13700137000\n') });
  return env;
}

function cli(...args: string[]): ChildProcess & { stdout: NodeJS.ReadableStream } {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }) as ChildProcess & { stdout: NodeJS.ReadableStream };
}

/** Kills the import as soon as its job row shows a committed batch (polling on a separate read connection). */
async function killAfterFirstBatch(child: ChildProcess, dbPath: string): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  const reader = openDatabase(dbPath, { readonly: true });
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
       (SELECT count(*) FROM import_issues WHERE job_id = ?) AS issues, (SELECT count(*) FROM import_staged_batches) AS staged,
       (SELECT count(*) FROM sqlite_schema WHERE name LIKE 'contact_search_job%') AS pendingIndexes`,
  ).get(jobId);

/** What searches find, so a resumed index is compared by its answers and not just its size. */
const answers = (db: Database) =>
  ['王', '张伟', '科技有限', '1380', '5555', '010', '0755'].map((query) => searchContacts(db, SearchRequest.parse({ query, limit: 100 })).items.map((c) => c.id));

const countsOf = (summary: Record<string, unknown>) => ({
  rows: summary.rows, imported: summary.imported, duplicates: summary.duplicates, invalid: summary.invalid, dnc: summary.dnc,
});

describe('an import killed with SIGKILL', () => {
  it.each([
    ['a database with a contact', true],
    ['an empty database', false],
  ])('into %s leaves the live tables unchanged, and resuming it ends exactly like a clean import', async (_label, withContact) => {
    const env = await database(withContact);
    const before = withContact ? ['老客户'] : [];
    env.db.close();
    const dbPath = join(env.dir, 'crm.db');
    const csv = join(env.dir, 'big.csv');
    await writeCsv(csv);

    await killAfterFirstBatch(cli('import', csv, '--db', dbPath), dbPath);

    env.db = openDatabase(dbPath);
    expect(env.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(env.db.prepare('SELECT name FROM contacts').pluck().all()).toEqual(before);
    expect(env.db.prepare('SELECT contacts FROM crm_stats').pluck().get()).toBe(before.length);
    expect(env.db.prepare('SELECT count(*) FROM contact_search').pluck().get()).toBe(before.length);
    expect(answers(env.db).flat()).toEqual([]); // nothing of the killed import is searchable
    // a first import's index, built while reading, waits with the staged rows for the resume
    const pending = `SELECT count(*) FROM sqlite_schema WHERE name LIKE 'contact_search_job%' AND sql LIKE 'CREATE VIRTUAL TABLE%'`;
    expect(env.db.prepare(pending).pluck().get()).toBe(withContact ? 0 : 1);
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

    const clean = await database(withContact);
    const reference = await importContacts(clean.db, { file: csv });
    expect(countsOf(summary)).toEqual(countsOf(reference));

    env.db = openDatabase(dbPath);
    expect(tally(env.db, job.id)).toEqual(tally(clean.db, reference.jobId));
    expect(answers(env.db)).toEqual(answers(clean.db));
    expect(answers(env.db).flat().length).toBeGreaterThan(200);
    expect(env.db.prepare('SELECT status FROM import_jobs WHERE id = ?').pluck().get(job.id)).toBe('completed');
  }, 120_000);
});

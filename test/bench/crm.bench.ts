/**
 * CRM import + search benchmark (run: npx tsx test/bench/crm.bench.ts [rows]).
 * Baseline, measured in the same run on the same file: the sqlite3 shell doing .import, a unique
 * index on the phone column and an FTS5 trigram index. Ends with one JSON line.
 *
 * Where the time goes (1M rows, CPU seconds on this 2-core machine, measured per thread):
 * - baseline: ~1.4 .import, ~0.7 unique index, ~8.3 FTS5 'rebuild' (trigram tokenising dominates).
 * - Dialdeck, while reading (two threads at once): the parse worker ~5.5 (CSV split, libphonenumber
 *   fast path, DNC and in-file dedup, staging JSON); the SQLite writer ~6-7, mostly the trigram
 *   index of a first import, built batch by batch in the job's own FTS table (pending-search-index.ts)
 *   with merging paused, plus staging commits and WAL checkpoints.
 * - Dialdeck, publish (one transaction, one thread): ~5: contacts 1.1 and phones 2 expanded from
 *   staged JSON, list members 0.5, the three deferred indexes 1.9; the search index is swapped in.
 * So the wall time is about max(parse, writer) + publish, and it needs the second core free: on a
 * loaded machine the ratio rises although the CPU spent does not.
 *
 * Searching: 1000 queries (half number fragments, half 1-3 character names), 50 rows each; browsing:
 * 200 pages of 100 rows (the contact list's page) without a query, at evenly spread places. One number
 * in ten is put on the do-not-call list first, since every list row says whether its contact is on it.
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SearchRequest } from '../../common/crm';
import { openDatabase } from '../../main/node/store/open-database';
import { importContacts } from '../../main/node/crm/import/import-contacts';
import { searchContacts } from '../../main/node/crm/repo/search-contacts';
import { generateContacts, CSV_HEADER, toCsvRow } from '../fixtures/crm/generate-contacts';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const SEARCHES = 1000;
const dir = mkdtempSync(join(tmpdir(), 'dialdeck-crm-bench-'));
const csv = join(dir, 'contacts.csv');

async function writeCsv(): Promise<void> {
  const out = createWriteStream(csv);
  out.write(CSV_HEADER);
  for (const row of generateContacts(ROWS)) if (!out.write(toCsvRow(row))) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function baselineMs(): number {
  const script = `PRAGMA journal_mode=WAL;
.import --csv ${csv} raw
CREATE UNIQUE INDEX raw_phone ON raw("手机");
CREATE VIRTUAL TABLE raw_search USING fts5("姓名", "公司", "手机", content='raw', tokenize='trigram');
INSERT INTO raw_search(raw_search) VALUES('rebuild');`;
  const started = performance.now();
  execFileSync('sqlite3', [join(dir, 'baseline.db')], { input: script, stdio: ['pipe', 'ignore', 'inherit'] });
  return performance.now() - started;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

try {
  await writeCsv();
  const baseline = baselineMs();
  const db = openDatabase(join(dir, 'dialdeck.db'));
  const summary = await importContacts(db, { file: csv, listName: 'bench' });
  process.stderr.write(`${JSON.stringify(summary)}\n`);
  // a desk that has worked for a while: one number in ten on the do-not-call list (the list rows mark them)
  const dnc = db
    .prepare("INSERT INTO dnc(phone_key, reason, source, note, created_at) SELECT phone_key, 'refused', 'agent', '', 0 FROM contact_phones WHERE id % 10 = 0")
    .run().changes;

  // half number fragments taken from stored numbers, half names (1-3 characters)
  const phones = db.prepare('SELECT national FROM contact_phones ORDER BY random() LIMIT ?').pluck().all(SEARCHES / 2) as string[];
  const names = db.prepare('SELECT name FROM contacts ORDER BY random() LIMIT ?').pluck().all(SEARCHES / 2) as string[];
  const queries = [...phones.map((p, i) => p.slice(i % 4, (i % 4) + 4 + (i % 4))), ...names.map((n, i) => n.slice(0, 1 + (i % 3)))];
  const times: number[] = [];
  for (const query of queries) {
    const request = SearchRequest.parse({ query, limit: 50 });
    const started = performance.now();
    searchContacts(db, request);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  // the contact list without a query: pages of 100 (the list's page size) from random places, by keyset
  const maxId = db.prepare('SELECT max(id) FROM contacts').pluck().get() as number;
  const pages: number[] = [];
  for (let i = 0; i < SEARCHES / 5; i++) {
    const request = SearchRequest.parse({ afterId: Math.floor((i / (SEARCHES / 5)) * maxId), limit: 100 });
    const started = performance.now();
    searchContacts(db, request);
    pages.push(performance.now() - started);
  }
  pages.sort((a, b) => a - b);
  db.close();
  const round = (n: number) => Math.round(n * 100) / 100;
  console.log(JSON.stringify({
    rows: ROWS,
    baselineMs: Math.round(baseline),
    dialdeckMs: summary.ms,
    ratio: round(summary.ms / baseline),
    searchP50Ms: round(percentile(times, 50)),
    searchP99Ms: round(percentile(times, 99)),
    browseP50Ms: round(percentile(pages, 50)),
    browseP99Ms: round(percentile(pages, 99)),
    dncEntries: dnc,
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

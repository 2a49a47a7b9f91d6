/**
 * Admin command line for the local CRM database (see usage below). Bad input prints one clear
 * line to stderr and exits non-zero; `import` prints its result as one JSON line on stdout.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { DncReason } from '../../../common/crm';
import type { ImportProgress, ImportSummary } from '../../../common/crm';
import { openDatabase } from '../store/open-database';
import { importContacts, resumeImport } from '../crm/import/import-contacts';
import type { RunOptions } from '../crm/import/import-contacts';
import { NotFoundError, ImportInputError } from '../store/store-errors';
import { exportContacts, exportContactsToFile } from '../crm/export-contacts';
import { addDnc } from '../crm/repo/dnc-list';
import { removeListedDnc, writeDncList } from './crm-dnc-cli';

const USAGE = `usage:
  crm import FILE --db PATH [--list NAME] [--progress]
  crm import --resume JOB --db PATH [--progress]
  crm export --db PATH [--out FILE] [--list NAME]
  crm dnc add NUMBER --reason refused|complaint|regulator|invalid --db PATH
  crm dnc list --db PATH
  crm dnc remove NUMBER --db PATH

dnc list prints every do-not-call entry with its real number, one JSON line each, including those the
agents' DNC panel hides (customers of campaigns that mask numbers: "hiddenFromAgents": true). It is the
installer's and administrator's tool, run on this machine, not the agent UI: keep its output there.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      list: { type: 'string' },
      out: { type: 'string' },
      reason: { type: 'string' },
      progress: { type: 'boolean', default: false },
      resume: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.db) throw new UsageError('--db PATH is required');
  const dbPath = values.db;

  if (command === 'import') {
    if ((rest.length === 1) === (values.resume !== undefined)) throw new UsageError('import takes either FILE or --resume JOB');
    const run = values.progress ? { onProgress: (p: ImportProgress) => process.stderr.write(`${JSON.stringify({ progress: p })}\n`) } : {};
    const summary = await runImport(dbPath, rest[0], values.resume, values.list, run);
    const { jobId, rows, imported, duplicates, invalid, dnc, ms } = summary;
    process.stdout.write(`${JSON.stringify({ jobId, rows, imported, duplicates, invalid, dnc, ms })}\n`);
    return;
  }
  if (command === 'export' && rest.length === 0) {
    const db = openDatabase(dbPath, { readonly: true });
    const count = values.out ? await exportContactsToFile(db, values.out, values.list) : await exportContacts(db, process.stdout, values.list);
    db.close();
    process.stderr.write(`exported ${count} contacts\n`);
    return;
  }
  if (command === 'dnc' && rest[0] === 'add' && rest.length === 2) {
    const reason = DncReason.safeParse(values.reason);
    if (!reason.success) throw new UsageError(`--reason must be one of ${DncReason.options.join('|')}`);
    const db = openDatabase(dbPath);
    const entry = addDnc(db, rest[1]!, reason.data, 'cli', '', Date.now(), 'admin'); // any entry, hidden ones too
    db.close();
    process.stdout.write(`${JSON.stringify(entry)}\n`);
    return;
  }
  if (command === 'dnc' && (rest[0] === 'list' || rest[0] === 'remove')) {
    if (rest[0] === 'list' ? rest.length !== 1 : rest.length !== 2) throw new UsageError(`dnc ${rest[0]} takes ${rest[0] === 'list' ? 'no' : 'one'} NUMBER`);
    // an admin who mistypes --db must hear so, not get an empty list from a database created on the spot
    if (!existsSync(dbPath)) throw new NotFoundError(`database not found: ${dbPath}`);
    const db = openDatabase(dbPath, { readonly: rest[0] === 'list' });
    try {
      if (rest[0] === 'list') process.stderr.write(`do-not-call entries: ${await writeDncList(db, process.stdout)}\n`);
      else process.stdout.write(`${JSON.stringify({ removed: removeListedDnc(db, rest[1]!) })}\n`);
    } finally {
      db.close();
    }
    return;
  }
  throw new UsageError(`unknown command: ${positionals.join(' ') || '(none)'}`);
}

async function runImport(dbPath: string, file: string | undefined, resume: string | undefined, listName: string | undefined, run: RunOptions): Promise<ImportSummary> {
  const jobId = Number(resume);
  if (resume !== undefined && !(Number.isSafeInteger(jobId) && jobId > 0)) throw new UsageError(`--resume takes an import job id, not ${resume}`);
  const db = openDatabase(dbPath);
  try {
    return file !== undefined ? await importContacts(db, { file, ...(listName ? { listName } : {}), ...run }) : await resumeImport(db, jobId, run);
  } finally {
    db.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) process.stderr.write(`crm: ${error.message}\n${USAGE}\n`);
  else if (error instanceof ImportInputError || error instanceof NotFoundError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`crm: ${error.message}\n`);
  } else if (error instanceof Error && 'code' in error && error.code === 'SQLITE_NOTADB') {
    process.stderr.write(`crm: --db is not a CRM database (${error.message})\n`);
  } else process.stderr.write(`crm: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});

// `crm dnc list|remove`: the do-not-call list for the installer or administrator at this machine.
// The agents' DNC panel (repo/dnc-list.ts) leaves out masked customers' entries, so this is the one
// place to review them with their real numbers, and to take one off the list.
import { once } from 'node:events';
import type { Database } from 'better-sqlite3';
import type { DncEntry } from '../../../common/crm';
import { normalizePhone } from '../../../common/phone';
import { removeDnc, VISIBLE_TO_AGENTS } from '../crm/repo/dnc-list';
import { NotFoundError, ImportInputError } from '../store/store-errors';

export type AdminDncEntry = DncEntry & {
  /** left out of the agents' DNC panel (a masked customer's number, or a masking campaign's refusal) */
  hiddenFromAgents: boolean;
};

/** Every entry, sorted by number, marked hidden where the agents' panel (listDnc) leaves it out. */
export function* allDncEntries(db: Database): Generator<AdminDncEntry> {
  const rows = db
    .prepare(
      `SELECT phone_key AS phoneKey, reason, source, note, created_at AS createdAt,
         NOT (${VISIBLE_TO_AGENTS}) AS hidden
       FROM dnc d ORDER BY phone_key`,
    )
    .iterate() as Iterable<DncEntry & { hidden: 0 | 1 }>;
  for (const { hidden, ...entry } of rows) yield { ...entry, hiddenFromAgents: hidden === 1 };
}

/** One JSON line per entry on `out`; returns how many. */
export async function writeDncList(db: Database, out: NodeJS.WritableStream): Promise<number> {
  let count = 0;
  for (const entry of allDncEntries(db)) {
    if (!out.write(`${JSON.stringify(entry)}\n`)) await once(out, 'drain');
    count++;
  }
  return count;
}

/** Takes `number` off the list; says which key it looked for when it is not there. */
export function removeListedDnc(db: Database, number: string): string {
  const parsed = normalizePhone(number);
  if (!parsed.ok) throw new ImportInputError(`not a phone number: ${number} (${parsed.reason})`);
  if (!removeDnc(db, number, 'admin')) throw new NotFoundError(`not on the do-not-call list: ${number} (looked for ${parsed.phone.key}; see crm dnc list)`);
  return parsed.phone.key;
}

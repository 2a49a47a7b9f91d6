// Where the desk keeps its claim book: a small JSON file of its own in the data dir, written atomically
// (temp file + rename). Own file rather than a CRM migration: the book is a handful of entries that
// must survive a crash, and it needs nothing from the store's DB worker, its database or its lifecycle.
import writeFileAtomic from 'write-file-atomic';
import { emptyBook, type ClaimBook } from '../../../common/claims/book';
import { ClaimBookSchema } from '../../../common/claims/book-schema';
import { readValidatedJson } from '../files/validated-json-file';
import type { Logger } from '../logging/logger';

export interface ClaimStore {
  load(): Promise<ClaimBook>;
  save(book: ClaimBook): Promise<void>;
}

export const CLAIMS_FILE_NAME = 'lead-claims.json';

export function createJsonClaimStore(file: string, log: Logger): ClaimStore {
  return {
    // never silently drop claims: an unreadable book is kept aside for a person to look at
    load: () =>
      readValidatedJson(file, ClaimBookSchema, emptyBook, (backup) => log.error('lead claims: the claim book was unreadable; kept it aside and started empty', { backup })),
    async save(book) {
      await writeFileAtomic(file, JSON.stringify(book) + '\n', { mode: 0o600 });
    },
  };
}

/** For tests and desks without a data dir. */
export function createMemoryClaimStore(initial: ClaimBook = emptyBook()): ClaimStore & { current(): ClaimBook } {
  let book = structuredClone(initial);
  return {
    current: () => book,
    load: async () => structuredClone(book),
    save: async (b) => { book = structuredClone(b); },
  };
}

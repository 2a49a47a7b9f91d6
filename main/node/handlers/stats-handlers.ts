// The stats board over the store's DB worker; exports are written where the diagnostics bundle goes
// (exportDir: Downloads in Electron, the harness's data folder) and the page is told the path.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../../common/ipc/result';
import { StoreError } from '../store/store-errors';
import type { Handlers } from '../ipc/router';
import type { MainServices } from '../services';
import { statsStore } from '../stats/stats-store';
import { statsFileName, writeStatsFile } from '../stats/write-stats-file';

type StatsHandlers = Pick<Handlers, Extract<keyof Handlers, `stats:${string}`>>;

async function stats<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof StoreError && error.code === 'badInput') throw new DomainError('INVALID_INPUT', error.message);
    throw error;
  }
}

export function statsHandlers(s: MainServices, now: () => Date = () => new Date()): StatsHandlers {
  const store = statsStore(s.store.api);
  return {
    'stats:board': (query) => stats(() => store.board(query)),
    'stats:campaigns': () => stats(() => store.campaigns()),
    'stats:export': async ({ query, format, language }) => {
      const board = await stats(() => store.board(query));
      mkdirSync(s.paths.exportDir, { recursive: true });
      const fileName = statsFileName(board, format, now());
      const path = join(s.paths.exportDir, fileName);
      await writeStatsFile(board, format, language, path);
      s.log.info('stats: exported', { format, days: board.days.length, calls: board.total.calls });
      return { path, fileName };
    },
  };
}

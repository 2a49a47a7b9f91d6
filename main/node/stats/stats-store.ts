// Main's view of the stats methods the store's DB worker serves (stats-db-handlers.ts), typed from that handler map.
import type { StatsQuery } from '../../../common/stats';
import type { StoreApiOf } from '../store/define-handler';
import type { statsDbHandlers } from './stats-db-handlers';

export function statsStore(db: StoreApiOf<typeof statsDbHandlers>) {
  return {
    board: (query: StatsQuery) => db.statsBoard(query),
    campaigns: () => db.statsCampaigns(),
  };
}
export type StatsStore = ReturnType<typeof statsStore>;

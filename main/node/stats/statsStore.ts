// Main's typed view of the stats methods the CRM's DB worker serves (statsDbHandlers.ts).
import type { CampaignRef, StatsBoard, StatsQuery } from '../../../common/stats';
import type { CrmClient } from '../crm/service/CrmClient';

export function statsStore(crm: Pick<CrmClient, 'request'>) {
  return {
    board: (query: StatsQuery) => crm.request<StatsBoard>('statsBoard', query),
    campaigns: () => crm.request<CampaignRef[]>('statsCampaigns'),
  };
}
export type StatsStore = ReturnType<typeof statsStore>;

// The campaign's view of the store: its methods (main/node/campaign/db/campaign-db-handlers.ts) under the names
// the campaign code uses, params and answers typed from the handler map.
import type { DialOutcome } from '../../../common/outcome/dial-outcome';
import type { Campaign } from '../../../common/campaign/campaign-schema';
import type { AttemptResultRequest, RetentionSettings } from '../../../common/campaign/dto';
import type { CallbackScope } from '../../../common/campaign/campaign-schema';
import type { CheckDialRequest } from '../../../common/ipc/channels/compliance-channels';
import type { StoreApiOf } from '../store/define-handler';
import type { campaignDbHandlers } from './db/campaign-db-handlers';

export interface AgentClock {
  agentId: string;
  now: number;
}

/** The store methods the campaign code calls (a StoreApi has them all). */
export type CampaignDb = StoreApiOf<typeof campaignDbHandlers>;

export function campaignStore(db: CampaignDb) {
  return {
    checkDial: (req: CheckDialRequest & AgentClock) => db.complianceCheckDial(req),
    audit: (req: { beforeId: number | null; limit: number; verdict: 'allowed' | 'blocked' | null }) => db.complianceAudit(req),
    retention: () => db.complianceRetention(),
    setRetention: (settings: RetentionSettings) => db.complianceSetRetention(settings),
    prune: (now: number) => db.compliancePrune({ now }),
    list: (includeArchived: boolean) => db.campaignList({ includeArchived }),
    get: (id: string) => db.campaignGet({ id }),
    save: (campaign: Campaign) => db.campaignSave({ campaign }),
    archive: (id: string, archived: boolean) => db.campaignArchive({ id, archived }),
    nextLead: (req: AgentClock & { campaignId: string }) => db.campaignNextLead(req),
    skip: (req: AgentClock & { campaignId: string; contactId: number }) => db.campaignSkip(req),
    releaseLeads: (req: AgentClock) => db.campaignReleaseLeads(req),
    recordAttempt: (req: AttemptResultRequest & AgentClock) => db.campaignRecordAttempt(req),
    dispose: (req: AgentClock & { attemptId: number; code: string; timedOut: boolean; callback: { dueAt: number; scope: CallbackScope; phoneIndex: number | null } | null; outcome: DialOutcome | null }) =>
      db.campaignDispose(req),
    dncAdd: (req: AgentClock & { attemptId: number }) => db.campaignDncAdd(req),
    scheduleCallback: (req: AgentClock & { campaignId: string; contactId: number; dueAt: number; scope: CallbackScope; phoneIndex: number | null }) =>
      db.campaignScheduleCallback(req),
    callbacks: (req: AgentClock & { campaignId: string }) => db.campaignCallbacks(req),
    logState: (req: AgentClock & { campaignId: string | null; state: string; reason: string | null }) => db.agentLogState(req),
  };
}
export type CampaignStore = ReturnType<typeof campaignStore>;

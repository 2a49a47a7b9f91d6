import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { CampaignId } from '../../../../common/campaign/campaign-schema';
import { AttemptResultRequest, AuditListRequest, DisposeRequest, RetentionSettings, ScheduleCallbackRequest } from '../../../../common/campaign/dto';
import { CheckDialRequest } from '../../../../common/ipc/channels/compliance';
import { logAgentState } from './agentLog';
import { listAudit } from './auditTrail';
import { archiveCampaign, getCampaign, listCampaigns, saveCampaign } from './campaignRepo';
import { checkDial } from './complianceCheck';
import { dispose, listCallbacks, recordAttempt, releaseLeads, scheduleCallback, skipLead } from './leadOutcomes';
import { nextLead } from './leadPicker';
import { getRetention, pruneExpired, setRetention } from './retentionJob';

const Agent = z.object({ agentId: z.string().min(1).max(200), now: z.number().int().nonnegative() });
const ByCampaign = Agent.extend({ campaignId: CampaignId });

/** Campaign methods served by the CRM's DB worker (same connection, same thread as the CRM). */
export function campaignDbHandlers(db: Database) {
  return {
    complianceCheckDial: (p: unknown) => checkDial(db, CheckDialRequest.extend(Agent.shape).parse(p)),
    complianceAudit: (p: unknown) => {
      const r = AuditListRequest.parse(p);
      return listAudit(db, r.beforeId, r.limit, r.verdict);
    },
    complianceRetention: () => getRetention(db),
    complianceSetRetention: (p: unknown) => setRetention(db, RetentionSettings.parse(p)),
    compliancePrune: (p: unknown) => pruneExpired(db, z.object({ now: z.number().int().nonnegative() }).parse(p).now),

    campaignList: (p: unknown) => listCampaigns(db, z.object({ includeArchived: z.boolean().default(false) }).parse(p).includeArchived),
    campaignGet: (p: unknown) => getCampaign(db, z.object({ id: CampaignId }).parse(p).id),
    campaignSave: (p: unknown) => saveCampaign(db, z.object({ campaign: z.unknown() }).parse(p).campaign),
    campaignArchive: (p: unknown) => {
      const r = z.object({ id: CampaignId, archived: z.boolean() }).parse(p);
      return archiveCampaign(db, r.id, r.archived);
    },
    campaignNextLead: (p: unknown) => nextLead(db, ByCampaign.parse(p)),
    campaignSkip: (p: unknown) => skipLead(db, ByCampaign.extend({ contactId: z.number().int().positive() }).parse(p)),
    campaignReleaseLeads: (p: unknown) => releaseLeads(db, Agent.parse(p).agentId),
    campaignRecordAttempt: (p: unknown) => recordAttempt(db, AttemptResultRequest.extend(Agent.shape).parse(p)),
    campaignDispose: (p: unknown) => dispose(db, DisposeRequest.extend(Agent.shape).parse(p)),
    campaignScheduleCallback: (p: unknown) => scheduleCallback(db, ScheduleCallbackRequest.extend(Agent.shape).parse(p)),
    campaignCallbacks: (p: unknown) => listCallbacks(db, ByCampaign.parse(p)),
    agentLogState: (p: unknown) =>
      logAgentState(db, Agent.extend({ campaignId: CampaignId.nullable(), state: z.string().min(1), reason: z.string().nullable() }).parse(p)),
  };
}

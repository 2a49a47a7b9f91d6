import { z } from 'zod';
import { CampaignId } from '../../../../common/campaign/campaign-schema';
import { AttemptDncRequest, AttemptResultRequest, AuditListRequest, DisposeRequest, RetentionSettings, ScheduleCallbackRequest } from '../../../../common/campaign/dto';
import { CheckDialRequest } from '../../../../common/ipc/channels/compliance-channels';
import { defineHandler, noParams } from '../../store/define-handler';
import { logAgentState } from './agent-log';
import { listAudit } from './audit-trail';
import { archiveCampaign, getCampaign, listCampaigns, saveCampaign } from './campaign-repo';
import { checkDial } from './compliance-check';
import { addAttemptToDnc, dispose, listCallbacks, recordAttempt, releaseLeads, scheduleCallback, skipLead } from './lead-outcomes';
import { nextLead } from './lead-picker';
import { getRetention, pruneExpired, setRetention } from './retention-job';

const Agent = z.object({ agentId: z.string().min(1).max(200), now: z.number().int().nonnegative() });
const ByCampaign = Agent.extend({ campaignId: CampaignId });

/** Campaign methods served by the store's DB worker (same connection, same thread as the CRM). */
export const campaignDbHandlers = {
  complianceCheckDial: defineHandler(CheckDialRequest.extend(Agent.shape), (db, r) => checkDial(db, r)),
  complianceAudit: defineHandler(AuditListRequest, (db, r) => listAudit(db, r.beforeId, r.limit, r.verdict)),
  complianceRetention: defineHandler(noParams, (db) => getRetention(db)),
  complianceSetRetention: defineHandler(RetentionSettings, (db, r) => setRetention(db, r)),
  compliancePrune: defineHandler(z.object({ now: z.number().int().nonnegative() }), (db, r) => pruneExpired(db, r.now)),

  campaignList: defineHandler(z.object({ includeArchived: z.boolean().default(false) }), (db, r) => listCampaigns(db, r.includeArchived)),
  campaignGet: defineHandler(z.object({ id: CampaignId }), (db, r) => getCampaign(db, r.id)),
  campaignSave: defineHandler(z.object({ campaign: z.unknown() }), (db, r) => saveCampaign(db, r.campaign)),
  campaignArchive: defineHandler(z.object({ id: CampaignId, archived: z.boolean() }), (db, r) => archiveCampaign(db, r.id, r.archived)),
  campaignNextLead: defineHandler(ByCampaign, (db, r) => nextLead(db, r)),
  campaignSkip: defineHandler(ByCampaign.extend({ contactId: z.number().int().positive() }), (db, r) => skipLead(db, r)),
  campaignReleaseLeads: defineHandler(Agent, (db, r) => releaseLeads(db, r.agentId)),
  campaignRecordAttempt: defineHandler(AttemptResultRequest.extend(Agent.shape), (db, r) => recordAttempt(db, r)),
  campaignDispose: defineHandler(DisposeRequest.extend(Agent.shape), (db, r) => dispose(db, r)),
  campaignDncAdd: defineHandler(AttemptDncRequest.extend(Agent.shape), (db, r) => addAttemptToDnc(db, r)),
  campaignScheduleCallback: defineHandler(ScheduleCallbackRequest.extend(Agent.shape), (db, r) => scheduleCallback(db, r)),
  campaignCallbacks: defineHandler(ByCampaign, (db, r) => listCallbacks(db, r)),
  agentLogState: defineHandler(Agent.extend({ campaignId: CampaignId.nullable(), state: z.string().min(1), reason: z.string().nullable() }), (db, r) =>
    logAgentState(db, r),
  ),
};

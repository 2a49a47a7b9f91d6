// Typed access to the campaign methods of the CRM's DB worker (main/node/campaign/db).
import type { DialOutcome } from '../../../common/outcome/dial-outcome';
import type { Campaign } from '../../../common/campaign/campaign-schema';
import type {
  AttemptResultRequest, AuditEntry, CallbackDto, CampaignSummary, DisposeResult, LeadOffer, NextLeadResult, RetentionRun, RetentionSettings,
} from '../../../common/campaign/dto';
import type { CallbackScope } from '../../../common/campaign/campaign-schema';
import type { ComplianceVerdict } from '../../../common/compliance/verdict';
import type { CheckDialRequest } from '../../../common/ipc/channels/compliance';
import type { CrmClient } from '../crm/service/CrmClient';

export interface AgentClock {
  agentId: string;
  now: number;
}

export function campaignStore(crm: Pick<CrmClient, 'request'>) {
  return {
    checkDial: (req: CheckDialRequest & AgentClock) => crm.request<ComplianceVerdict>('complianceCheckDial', req),
    audit: (req: { beforeId: number | null; limit: number; verdict: 'allowed' | 'blocked' | null }) => crm.request<AuditEntry[]>('complianceAudit', req),
    retention: () => crm.request<RetentionSettings>('complianceRetention'),
    setRetention: (settings: RetentionSettings) => crm.request<RetentionSettings>('complianceSetRetention', settings),
    prune: (now: number) => crm.request<RetentionRun>('compliancePrune', { now }),
    list: (includeArchived: boolean) => crm.request<CampaignSummary[]>('campaignList', { includeArchived }),
    get: (id: string) => crm.request<Campaign>('campaignGet', { id }),
    save: (campaign: Campaign) => crm.request<Campaign>('campaignSave', { campaign }),
    archive: (id: string, archived: boolean) => crm.request<boolean>('campaignArchive', { id, archived }),
    nextLead: (req: AgentClock & { campaignId: string }) => crm.request<NextLeadResult | (LeadOffer & { primaryE164: string })>('campaignNextLead', req),
    skip: (req: AgentClock & { campaignId: string; contactId: number }) => crm.request<void>('campaignSkip', req),
    releaseLeads: (req: AgentClock) => crm.request<number>('campaignReleaseLeads', req),
    recordAttempt: (req: AttemptResultRequest & AgentClock) => crm.request<number>('campaignRecordAttempt', req),
    dispose: (req: AgentClock & { attemptId: number; code: string; timedOut: boolean; callback: { dueAt: number; scope: CallbackScope; phoneIndex: number | null } | null; outcome: DialOutcome | null }) =>
      crm.request<DisposeResult>('campaignDispose', req),
    scheduleCallback: (req: AgentClock & { campaignId: string; contactId: number; dueAt: number; scope: CallbackScope; phoneIndex: number | null }) =>
      crm.request<CallbackDto>('campaignScheduleCallback', req),
    callbacks: (req: AgentClock & { campaignId: string }) => crm.request<CallbackDto[]>('campaignCallbacks', req),
    logState: (req: AgentClock & { campaignId: string | null; state: string; reason: string | null }) => crm.request<number>('agentLogState', req),
  };
}
export type CampaignStore = ReturnType<typeof campaignStore>;

// Campaign dialing: campaigns and their leads, the agent's state, dispositions, and the compliance check
// made right before every dial (manual ones included).
import { z } from 'zod';
import { Campaign, CampaignId } from '../../campaign/campaign-schema';
import {
  AgentEventDto, AgentStatus, AttemptResultRequest, AuditEntry, AuditListRequest, CallbackDto, CampaignSummary, DisposeRequest,
  DisposeResult, NextLeadResult, RetentionRun, RetentionSettings, ScheduleCallbackRequest,
} from '../../campaign/dto';
import { ComplianceVerdict } from '../../compliance';

/** A number typed or clicked by the agent, or a stored phone of a contact (main resolves it, so masked
 * campaigns never send the real number to the page). */
export const DialSubject = z.union([
  z.object({ number: z.string().trim().min(1).max(64) }),
  z.object({ contactId: z.number().int().positive(), phoneIndex: z.number().int().min(0).max(50) }),
]);
export type DialSubject = z.infer<typeof DialSubject>;

export const CheckDialRequest = z.object({
  subject: DialSubject,
  campaignId: z.string().max(64).nullable().default(null),
});
export type CheckDialRequest = z.infer<typeof CheckDialRequest>;

const ById = z.object({ id: CampaignId });
const ByCampaign = z.object({ campaignId: CampaignId });
const Empty = z.object({}).default({});

export const campaignInvoke = {
  /** Right before every dial; a blocked verdict is written to the audit trail by main. */
  'compliance:checkDial': { req: CheckDialRequest, res: ComplianceVerdict },
  'compliance:audit': { req: AuditListRequest, res: z.array(AuditEntry) },
  'compliance:retention': { req: Empty, res: RetentionSettings },
  'compliance:setRetention': { req: RetentionSettings, res: RetentionSettings },
  /** Runs the retention job now (it also runs at start and every six hours). */
  'compliance:prune': { req: Empty, res: RetentionRun },

  'campaign:list': { req: z.object({ includeArchived: z.boolean().default(false) }).default({ includeArchived: false }), res: z.array(CampaignSummary) },
  'campaign:get': { req: ById, res: Campaign },
  /** Creates or replaces a campaign; settings are validated by the Campaign schema. */
  'campaign:save': { req: z.object({ campaign: Campaign }), res: Campaign },
  'campaign:archive': { req: ById.extend({ archived: z.boolean().default(true) }), res: z.object({ archived: z.boolean() }) },

  /** Logs the agent into a campaign (state notReady until they go ready). */
  'campaign:start': { req: ByCampaign, res: AgentStatus },
  /** Logs out and releases any lead the agent holds. */
  'campaign:stop': { req: Empty, res: AgentStatus },
  /** Picks, claims and offers the next lead (callbacks, retries, fresh; compliance-checked). */
  'campaign:nextLead': { req: ByCampaign, res: NextLeadResult },
  /** Passes on the previewed lead; it is not offered to this agent again for a while. */
  'campaign:skip': { req: ByCampaign.extend({ contactId: z.number().int().positive() }), res: AgentStatus },
  /** A campaign call ended (from onCallFinished): records the attempt and starts wrap-up. */
  'campaign:attemptResult': { req: AttemptResultRequest, res: z.object({ attemptId: z.number().int().positive(), status: AgentStatus }) },
  /** The disposition of an attempt; ends wrap-up. A refusal puts the number on the DNC list. */
  'campaign:dispose': { req: DisposeRequest, res: DisposeResult.extend({ status: AgentStatus }) },
  'campaign:scheduleCallback': { req: ScheduleCallbackRequest, res: CallbackDto },
  'campaign:callbacks': { req: ByCampaign, res: z.array(CallbackDto) },

  'agent:status': { req: Empty, res: AgentStatus },
  /** ready / not ready with a reason / pause after this call / dial / answered. */
  'agent:transition': { req: z.object({ event: AgentEventDto }), res: AgentStatus },
} as const;

export const campaignEvents = {
  /** every change of the agent's state, whoever caused it */
  'agent:state': AgentStatus,
} as const;

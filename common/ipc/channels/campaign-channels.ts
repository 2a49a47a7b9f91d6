// Campaign dialing: campaigns and their leads, dispositions and callbacks.
import { z } from 'zod';
import { Campaign, CampaignId } from '../../campaign/campaign-schema';
import {
  AgentStatus, AttemptDncRequest, AttemptResultRequest, CallbackDto, CampaignSummary, DisposeRequest, DisposeResult, NextLeadResult, ScheduleCallbackRequest,
} from '../../campaign/dto';

const ById = z.object({ id: CampaignId });
const ByCampaign = z.object({ campaignId: CampaignId });
const Empty = z.object({}).default({});

export const campaignInvoke = {
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
  /** A campaign call ended (from onCallFinished): records the attempt and starts wrap-up. A dial that never
   * reached the network (outcome notPlaced) is no attempt: attemptId null, the lead goes back, no wrap-up. */
  'campaign:attemptResult': { req: AttemptResultRequest, res: z.object({ attemptId: z.number().int().positive().nullable(), status: AgentStatus }) },
  /** The disposition of an attempt; ends wrap-up. A refusal puts the number on the DNC list. */
  'campaign:dispose': { req: DisposeRequest, res: DisposeResult.extend({ status: AgentStatus }) },
  /** In wrap-up, whatever the disposition: the number just called goes on the DNC list. By the attempt, so the
   * page never needs the number (masked campaigns); the answer names no number either. */
  'campaign:dncAdd': { req: AttemptDncRequest, res: z.object({ dncAdded: z.literal(true) }) },
  'campaign:scheduleCallback': { req: ScheduleCallbackRequest, res: CallbackDto },
  'campaign:callbacks': { req: ByCampaign, res: z.array(CallbackDto) },

} as const;

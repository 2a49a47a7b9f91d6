// The agent's state in a campaign: ready, not ready with a reason, paused, on a call.
import { z } from 'zod';
import { AgentEventDto, AgentStatus } from '../../campaign/dto';

const Empty = z.object({}).default({});

export const agentInvoke = {
  'agent:status': { req: Empty, res: AgentStatus },
  /** ready / not ready with a reason / pause after this call / dial / answered. */
  'agent:transition': { req: z.object({ event: AgentEventDto }), res: AgentStatus },
} as const;

export const agentEvents = {
  /** every change of the agent's state, whoever caused it */
  'agent:state': AgentStatus,
} as const;

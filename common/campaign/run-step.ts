import type { AgentState } from './agent-state';
import type { DialMode } from './campaign-schema';

/**
 * What the agent's screen does next, from where the agent stands. Ready → fetch a lead (preview shows
 * it, power dials it); a reserved power lead is dialled at once; everything else waits for the agent
 * or the call. Pure, so the same rule drives the screen and the power-dial benchmark.
 */
export type RunStep = 'fetchLead' | 'dial' | 'idle';

export interface RunInput {
  readonly state: AgentState;
  readonly mode: DialMode;
  /** a lead is on screen (offered and not yet dialled or skipped) */
  readonly hasOffer: boolean;
  /** a request is already under way: never start a second one */
  readonly busy: boolean;
  /** nothing dialable until then (calling hours, recycling); null = look now */
  readonly waitUntil: number | null;
  readonly now: number;
}

export function runStep(input: RunInput): RunStep {
  if (input.busy) return 'idle';
  if (input.state === 'ready' && !input.hasOffer) return input.waitUntil !== null && input.waitUntil > input.now ? 'idle' : 'fetchLead';
  if (input.state === 'reserved' && input.mode === 'power' && input.hasOffer) return 'dial';
  return 'idle';
}

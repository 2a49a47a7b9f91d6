// The agent's day as an explicit table. Pure: the caller passes the clock reading, so every transition
// is table-testable and the same machine drives the main process and the UI.
import type { DialOutcome } from '../outcome/dial-outcome';

export type AgentState =
  | 'loggedOut'
  | 'notReady' // paused with a reason code (break, lunch, training, after login …)
  | 'ready' // waiting for the next lead
  | 'previewing' // preview mode: the agent sees the lead and decides
  | 'reserved' // power mode: a lead is claimed and about to be dialled
  | 'dialing'
  | 'onCall'
  | 'wrapUp'; // after-call work: disposition, notes

export interface LeadRef {
  readonly contactId: number;
  readonly phoneKey: string;
}

export type AgentEvent =
  | { type: 'login' }
  | { type: 'logout' }
  | { type: 'goReady' }
  | { type: 'goNotReady'; reason: string }
  | { type: 'offerLead'; lead: LeadRef; mode: 'preview' | 'power' }
  | { type: 'skip' } // agent passes on a previewed lead
  | { type: 'release' } // system withdraws the lead (claimed elsewhere, compliance said no)
  | { type: 'dial'; lead?: LeadRef } // lead required only for a manual dial from ready
  | { type: 'answered' }
  | { type: 'callEnded'; outcome: DialOutcome }
  | { type: 'notPlaced'; reason: string } // the dial never reached the network: no wrap-up, the agent looks at the line
  | { type: 'requestPause'; reason: string } // "pause after this call"
  | { type: 'cancelPause' }
  | { type: 'dispose'; code: string }
  | { type: 'finishWrapUp' }
  | { type: 'wrapUpTimeout'; defaultDisposition: string };

export type AgentEventType = AgentEvent['type'];

export interface AgentSnapshot {
  readonly state: AgentState;
  readonly since: number;
  readonly notReadyReason?: string;
  readonly lead?: LeadRef;
  readonly outcome?: DialOutcome;
  readonly disposition?: string;
  /** Set by requestPause during a call: wrap-up then ends in notReady instead of ready. */
  readonly pauseAfterCall?: string;
}

export class IllegalAgentTransitionError extends Error {
  constructor(
    readonly from: AgentState,
    readonly event: AgentEventType,
    detail = `'${event}' is not allowed in state '${from}'`,
  ) {
    super(`Illegal agent transition: ${detail}`);
    this.name = 'IllegalAgentTransitionError';
  }
}

const busy = ['dialing', 'onCall', 'wrapUp'] as const;

/** Which events each state accepts and where they lead (before the wrap-up pause rule). */
const table: Record<AgentState, Partial<Record<AgentEventType, AgentState>>> = {
  loggedOut: { login: 'notReady' },
  notReady: { goReady: 'ready', goNotReady: 'notReady', logout: 'loggedOut' },
  ready: { goNotReady: 'notReady', offerLead: 'previewing', dial: 'dialing', logout: 'loggedOut' },
  previewing: { dial: 'dialing', skip: 'ready', release: 'ready', goNotReady: 'notReady' },
  reserved: { dial: 'dialing', release: 'ready', goNotReady: 'notReady' },
  dialing: { answered: 'onCall', callEnded: 'wrapUp', notPlaced: 'notReady', requestPause: 'dialing', cancelPause: 'dialing' },
  onCall: { callEnded: 'wrapUp', requestPause: 'onCall', cancelPause: 'onCall' },
  wrapUp: { dispose: 'wrapUp', finishWrapUp: 'ready', wrapUpTimeout: 'ready', requestPause: 'wrapUp', cancelPause: 'wrapUp' },
};

export function loggedOut(now: number): AgentSnapshot {
  return { state: 'loggedOut', since: now };
}

export function canAgentTransition(from: AgentState, event: AgentEventType): boolean {
  return table[from][event] !== undefined;
}

export function isBusy(state: AgentState): boolean {
  return (busy as readonly AgentState[]).includes(state);
}

/** Leaving wrap-up: ready, unless the agent asked to pause after this call. */
function endWrapUp(agent: AgentSnapshot, now: number): AgentSnapshot {
  return agent.pauseAfterCall === undefined
    ? { state: 'ready', since: now }
    : { state: 'notReady', since: now, notReadyReason: agent.pauseAfterCall };
}

function requireText(value: string, what: string, from: AgentState, event: AgentEventType): string {
  if (value.trim() === '') throw new IllegalAgentTransitionError(from, event, `${what} must not be empty`);
  return value;
}

export function agentTransition(agent: AgentSnapshot, event: AgentEvent, now: number): AgentSnapshot {
  const { state } = agent;
  const target = table[state][event.type];
  if (target === undefined) throw new IllegalAgentTransitionError(state, event.type);
  switch (event.type) {
    case 'login':
      return { state: target, since: now, notReadyReason: 'login' };
    case 'goNotReady':
      return { state: target, since: now, notReadyReason: requireText(event.reason, 'a not-ready reason', state, event.type) };
    case 'offerLead':
      return { state: event.mode === 'preview' ? 'previewing' : 'reserved', since: now, lead: event.lead };
    case 'dial': {
      const lead = agent.lead ?? event.lead;
      if (lead === undefined) throw new IllegalAgentTransitionError(state, event.type, 'a manual dial needs a lead');
      return { state: target, since: now, lead };
    }
    case 'answered':
      return { ...agent, state: target, since: now };
    case 'callEnded':
      return { ...agent, state: target, since: now, outcome: event.outcome };
    case 'notPlaced':
      return { state: target, since: now, notReadyReason: requireText(event.reason, 'a not-placed reason', state, event.type) };
    case 'requestPause':
      return { ...agent, pauseAfterCall: requireText(event.reason, 'a pause reason', state, event.type) };
    case 'cancelPause': {
      const { pauseAfterCall: _dropped, ...rest } = agent;
      return rest;
    }
    case 'dispose':
      return { ...agent, disposition: requireText(event.code, 'a disposition', state, event.type) };
    case 'finishWrapUp':
      // Keyboard-first wrap-up still may not skip the disposition: reports and recycling depend on it.
      if (agent.disposition === undefined) throw new IllegalAgentTransitionError(state, event.type, 'pick a disposition first');
      return endWrapUp(agent, now);
    case 'wrapUpTimeout':
      return endWrapUp(agent, now);
    default:
      return { state: target, since: now };
  }
}

/** The disposition a finished wrap-up records: the agent's choice, or the campaign default on timeout. */
export function wrapUpDisposition(agent: AgentSnapshot, event: Extract<AgentEvent, { type: 'wrapUpTimeout' }>): string {
  return agent.disposition ?? event.defaultDisposition;
}

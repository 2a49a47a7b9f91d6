import { describe, expect, it } from 'vitest';
import {
  IllegalAgentTransitionError,
  agentTransition,
  loggedOut,
  wrapUpDisposition,
  type AgentEvent,
  type AgentSnapshot,
  type AgentState,
} from '../../../../common/campaign/agent-state';

const lead = { contactId: 7, phoneKey: '+8613800138000' };
const states: AgentState[] = ['loggedOut', 'notReady', 'ready', 'previewing', 'reserved', 'dialing', 'onCall', 'wrapUp'];
const events: AgentEvent[] = [
  { type: 'login' },
  { type: 'logout' },
  { type: 'goReady' },
  { type: 'goNotReady', reason: 'break' },
  { type: 'offerLead', lead, mode: 'preview' },
  { type: 'skip' },
  { type: 'release' },
  { type: 'dial', lead },
  { type: 'answered' },
  { type: 'callEnded', outcome: 'busy' },
  { type: 'notPlaced', reason: 'lineProblem' },
  { type: 'requestPause', reason: 'lunch' },
  { type: 'cancelPause' },
  { type: 'dispose', code: 'SALE' },
  { type: 'finishWrapUp' },
  { type: 'wrapUpTimeout', defaultDisposition: 'NOTE' },
];

/** The only legal moves, written out independently of the implementation's table. */
const legal: Array<[AgentState, AgentEvent['type'], AgentState]> = [
  ['loggedOut', 'login', 'notReady'],
  ['notReady', 'goReady', 'ready'],
  ['notReady', 'goNotReady', 'notReady'],
  ['notReady', 'logout', 'loggedOut'],
  ['ready', 'goNotReady', 'notReady'],
  ['ready', 'offerLead', 'previewing'],
  ['ready', 'dial', 'dialing'],
  ['ready', 'logout', 'loggedOut'],
  ['previewing', 'dial', 'dialing'],
  ['previewing', 'skip', 'ready'],
  ['previewing', 'release', 'ready'],
  ['previewing', 'goNotReady', 'notReady'],
  ['reserved', 'dial', 'dialing'],
  ['reserved', 'release', 'ready'],
  ['reserved', 'goNotReady', 'notReady'],
  ['dialing', 'answered', 'onCall'],
  ['dialing', 'callEnded', 'wrapUp'],
  ['dialing', 'notPlaced', 'notReady'],
  ['dialing', 'requestPause', 'dialing'],
  ['dialing', 'cancelPause', 'dialing'],
  ['onCall', 'callEnded', 'wrapUp'],
  ['onCall', 'requestPause', 'onCall'],
  ['onCall', 'cancelPause', 'onCall'],
  ['wrapUp', 'dispose', 'wrapUp'],
  ['wrapUp', 'finishWrapUp', 'ready'],
  ['wrapUp', 'wrapUpTimeout', 'ready'],
  ['wrapUp', 'requestPause', 'wrapUp'],
  ['wrapUp', 'cancelPause', 'wrapUp'],
];

const at = (state: AgentState, extra: Partial<AgentSnapshot> = {}): AgentSnapshot => ({ state, since: 0, lead, disposition: 'SALE', ...extra });

describe('agent state machine', () => {
  it.each(legal)('%s --%s--> %s', (from, type, to) => {
    const event = events.find((e) => e.type === type)!;
    const next = agentTransition(at(from), event, 5);
    expect(next.state).toBe(to);
  });

  const illegal = states.flatMap((s) => events.filter((e) => !legal.some(([f, t]) => f === s && t === e.type)).map((e) => [s, e] as const));
  it.each(illegal)('%s rejects %o', (from, event) => {
    expect(() => agentTransition(at(from), event, 5)).toThrow(IllegalAgentTransitionError);
  });

  it('offers a power-mode lead as reserved, a preview-mode lead as previewing', () => {
    expect(agentTransition(at('ready'), { type: 'offerLead', lead, mode: 'power' }, 1)).toEqual({ state: 'reserved', since: 1, lead });
    expect(agentTransition(at('ready'), { type: 'offerLead', lead, mode: 'preview' }, 1).state).toBe('previewing');
  });

  it('walks a whole call: login, ready, preview, dial, talk, wrap up, ready', () => {
    const steps: Array<[AgentEvent, Partial<AgentSnapshot>]> = [
      [{ type: 'login' }, { state: 'notReady', notReadyReason: 'login' }],
      [{ type: 'goReady' }, { state: 'ready' }],
      [{ type: 'offerLead', lead, mode: 'preview' }, { state: 'previewing', lead }],
      [{ type: 'dial' }, { state: 'dialing', lead }],
      [{ type: 'answered' }, { state: 'onCall', lead, since: 4 }],
      [{ type: 'callEnded', outcome: 'answered' }, { state: 'wrapUp', outcome: 'answered', lead }],
      [{ type: 'dispose', code: 'SALE' }, { state: 'wrapUp', disposition: 'SALE' }],
      [{ type: 'finishWrapUp' }, { state: 'ready', since: 7 }],
    ];
    let agent = loggedOut(0);
    steps.forEach(([event, expected], i) => {
      agent = agentTransition(agent, event, i);
      expect(agent).toMatchObject(expected);
    });
    expect(agent).toEqual({ state: 'ready', since: 7 });
  });

  it('"pause after this call" ends wrap-up in notReady with that reason', () => {
    let agent = agentTransition(at('onCall', { disposition: undefined }), { type: 'requestPause', reason: 'lunch' }, 1);
    agent = agentTransition(agent, { type: 'callEnded', outcome: 'answered' }, 2);
    expect(agent.pauseAfterCall).toBe('lunch');
    expect(agentTransition(agent, { type: 'wrapUpTimeout', defaultDisposition: 'NOTE' }, 3)).toEqual({ state: 'notReady', since: 3, notReadyReason: 'lunch' });
  });

  it('a cancelled pause request ends wrap-up in ready', () => {
    let agent = agentTransition(at('wrapUp'), { type: 'requestPause', reason: 'lunch' }, 1);
    agent = agentTransition(agent, { type: 'cancelPause' }, 2);
    expect(agentTransition(agent, { type: 'finishWrapUp' }, 3).state).toBe('ready');
  });

  const guards: Array<[string, AgentSnapshot, AgentEvent, RegExp]> = [
    ['finishing wrap-up without a disposition', at('wrapUp', { disposition: undefined }), { type: 'finishWrapUp' }, /pick a disposition/],
    ['a manual dial without a lead', { state: 'ready', since: 0 }, { type: 'dial' }, /needs a lead/],
    ['an empty not-ready reason', at('ready'), { type: 'goNotReady', reason: ' ' }, /reason must not be empty/],
    ['an empty disposition', at('wrapUp'), { type: 'dispose', code: '' }, /disposition must not be empty/],
  ];
  it.each(guards)('refuses %s', (_name, agent, event, message) => {
    expect(() => agentTransition(agent, event, 1)).toThrow(message);
  });

  it('wrap-up timeout records the agent choice, else the campaign default', () => {
    const timeout = { type: 'wrapUpTimeout', defaultDisposition: 'NOTE' } as const;
    expect(wrapUpDisposition(at('wrapUp', { disposition: 'SALE' }), timeout)).toBe('SALE');
    expect(wrapUpDisposition(at('wrapUp', { disposition: undefined }), timeout)).toBe('NOTE');
  });
});

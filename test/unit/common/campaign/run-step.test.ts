import { describe, expect, it } from 'vitest';
import { runStep, type RunInput } from '../../../../common/campaign/run-step';

const base: RunInput = { state: 'ready', mode: 'preview', hasOffer: false, busy: false, waitUntil: null, now: 1000 };

describe('runStep', () => {
  it.each<[string, Partial<RunInput>, ReturnType<typeof runStep>]>([
    ['ready without a lead: fetch one', {}, 'fetchLead'],
    ['ready, power: fetch too', { mode: 'power' }, 'fetchLead'],
    ['a request under way: never a second one', { busy: true }, 'idle'],
    ['nothing dialable until later: wait', { waitUntil: 5000 }, 'idle'],
    ['the wait is over: fetch again', { waitUntil: 900 }, 'fetchLead'],
    ['preview lead on screen: the agent decides', { state: 'previewing', hasOffer: true }, 'idle'],
    ['power lead reserved: dial at once', { state: 'reserved', mode: 'power', hasOffer: true }, 'dial'],
    ['reserved but no offer on screen (reload): idle', { state: 'reserved', mode: 'power' }, 'idle'],
    ['not ready: nothing happens', { state: 'notReady' }, 'idle'],
    ['on a call', { state: 'onCall', hasOffer: true }, 'idle'],
    ['in wrap-up: the agent disposes first', { state: 'wrapUp' }, 'idle'],
    ['logged out', { state: 'loggedOut' }, 'idle'],
  ])('%s', (_name, patch, expected) => {
    expect(runStep({ ...base, ...patch })).toBe(expected);
  });
});

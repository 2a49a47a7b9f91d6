// The automatic outcome of a call from its evidence: the SIP side (final response, Reason header,
// our own CANCEL) in common/outcome, and what the dialer logs for SIP and gateway calls.
import { describe, expect, it } from 'vitest';
import { decideAutomaticOutcome, outcomeFromSipAttempt } from '../../../../../common/outcome';
import type { LineCall } from '../../../../../renderer/src/phone/line-call';
import { automaticOutcomeOf, outcomeOf } from '../../../../../renderer/src/phone/outcome';

describe('outcomeFromSipAttempt', () => {
  it.each([
    [{ answered: true, ended: 'other' }, 'answered'],
    [{ answered: true, statusCode: 486, ended: 'other' }, 'answered'],
    [{ answered: false, statusCode: 486, ended: 'other' }, 'busy'],
    [{ answered: false, statusCode: 480, reasonHeader: 'Q.850;cause=20;text="subscriber absent"', ended: 'other' }, 'unreachable'],
    [{ answered: false, statusCode: 404, ended: 'other' }, 'invalidNumber'],
    [{ answered: false, statusCode: 603, ended: 'other' }, 'rejected'],
    [{ answered: false, statusCode: 487, ended: 'cancelled' }, 'cancelled'],
    [{ answered: false, ended: 'cancelled' }, 'cancelled'],
    [{ answered: false, ended: 'failed' }, 'notPlaced'], // nothing came back: the INVITE never reached the network
    [{ answered: false, ended: 'other' }, 'failed'],
  ] as const)('%j → %s', (attempt, outcome) => {
    expect(outcomeFromSipAttempt(attempt)).toEqual({ outcome, source: 'sip', ...(outcome === 'notPlaced' ? { notPlaced: 'serverUnreachable' } : {}) });
  });

  it('a busy tone in early media beats the CANCEL we then sent', () => {
    const final = outcomeFromSipAttempt({ answered: false, ended: 'cancelled' });
    expect(decideAutomaticOutcome({ final, tone: 'busy', endedAt: 5000, noAnswerTimeoutSeconds: 30 })).toEqual({ outcome: 'busy', source: 'tone' });
    expect(decideAutomaticOutcome({ final, tone: 'ringback', ringingStartedAt: 0, endedAt: 30_000, noAnswerTimeoutSeconds: 30 })).toEqual({ outcome: 'noAnswer', source: 'timeout' });
    expect(decideAutomaticOutcome({ final, ringingStartedAt: 0, endedAt: 29_999, noAnswerTimeoutSeconds: 30 })).toEqual({ outcome: 'cancelled', source: 'sip' });
  });
});

describe('the dialer’s outcome of a finished call', () => {
  const base = { via: 'sip', id: '1', lineId: 'a', key: 'sip/1', direction: 'outbound', number: '1002', muted: false, recording: false, conferenced: false, createdAt: 1, state: 'ended' } as const satisfies LineCall;

  it('takes the engine’s evidence for SIP calls, and logs it in the CRM vocabulary', () => {
    const busyByTone: LineCall = { ...base, endReason: 'cancelled', autoOutcome: { outcome: 'busy', source: 'tone' } };
    expect(automaticOutcomeOf(busyByTone)).toEqual({ outcome: 'busy', source: 'tone' });
    expect(outcomeOf(busyByTone)).toBe('busy');
    const unreachable: LineCall = { ...base, endReason: 'rejected', autoOutcome: { outcome: 'unreachable', source: 'sip' } };
    expect(outcomeOf(unreachable)).toBe('failed');
    const timedOut: LineCall = { ...base, endReason: 'cancelled', autoOutcome: { outcome: 'noAnswer', source: 'timeout' } };
    expect(automaticOutcomeOf(timedOut)).toEqual({ outcome: 'noAnswer', source: 'timeout' });
  });

  it('falls back to how the call ended when there is no evidence (inbound calls)', () => {
    expect(automaticOutcomeOf({ ...base, direction: 'inbound', answeredAt: 2 })).toEqual({ outcome: 'answered', source: 'sip' });
    expect(outcomeOf({ ...base, direction: 'inbound', endReason: 'cancelled' })).toBe('noAnswer');
    expect(outcomeOf({ ...base, endReason: 'rejected', failure: { key: 'sip.486' } })).toBe('busy');
  });

  it('reads a gateway call’s modem cause', () => {
    const gw = { ...base, via: 'gateway', key: 'gw/gsm:1', id: 'gsm:1', lineId: 'gsm:1' } as const;
    expect(automaticOutcomeOf({ ...gw, endReason: 'failed', cause: 'BUSY' })).toEqual({ outcome: 'busy', source: 'gateway' });
    expect(automaticOutcomeOf({ ...gw, endReason: 'remote-hangup', answeredAt: 5, cause: 'NO CARRIER' })).toEqual({ outcome: 'answered', source: 'gateway' });
    expect(automaticOutcomeOf({ ...gw, endReason: 'local-hangup' })).toEqual({ outcome: 'cancelled', source: 'gateway' });
    expect(outcomeOf({ ...gw, endReason: 'local-hangup' })).toBe('noAnswer');
    expect(automaticOutcomeOf({ ...gw, endReason: 'failed', cause: 'NO CARRIER' })).toEqual({ outcome: 'failed', source: 'gateway' });
  });
});

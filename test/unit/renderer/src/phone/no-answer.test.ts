// The no-answer timeout of a placed call counts from the first sign of ringing (the 'early' state),
// not from the dial; when it runs out the call is hung up and marked, so the log says noAnswer with
// source 'timeout'. An answered call is left alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LineCall } from '../../../../../renderer/src/phone/line-call';

const engine = { hangup: vi.fn(async () => undefined) };
vi.mock('../../../../../renderer/src/platform/page-bridge', () => ({ getBridge: () => ({ api: {} }), unwrap: (p: unknown) => p, IpcCallError: class extends Error {} }));
vi.mock('../../../../../renderer/src/phone/page-engine', () => ({ getEngine: () => engine, takeRecording: async () => undefined }));

const { watchNoAnswer } = await import('../../../../../renderer/src/phone/no-answer');
const { attachCall, findPlaced, useCallContexts } = await import('../../../../../renderer/src/phone/call-context');
const { finishedOutcome } = await import('../../../../../renderer/src/phone/call-log');
const { usePhone } = await import('../../../../../renderer/src/phone/phone-store');

const T0 = Date.UTC(2030, 0, 1, 2);
const base: LineCall = { key: 'sip/n1', via: 'sip', id: 'n1', lineId: 'agent', direction: 'outbound', number: '13800138000', state: 'dialing', muted: false, recording: false, conferenced: false, createdAt: T0 };
const setCall = (patch: Partial<LineCall>) => usePhone.setState({ sipCalls: [{ ...base, ...patch }] });

describe('no-answer timeout', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
    engine.hangup.mockClear();
    useCallContexts.setState({ entries: [], pending: [], callbacks: [] });
    attachCall(base.key, T0, { subject: { number: base.number }, context: { noAnswerTimeoutSeconds: 20 }, display: base.number, dialled: base.number, line: { via: 'sip', id: 'agent' }, placedAt: T0 });
    usePhone.setState({ sipCalls: [] });
  });
  afterEach(() => vi.useRealTimers());

  it('counts from ringing, hangs up when it runs out, and the outcome is noAnswer by timeout', async () => {
    watchNoAnswer({ key: base.key, since: T0 }, 20);
    setCall({ state: 'dialing' });
    await vi.advanceTimersByTimeAsync(30_000); // slow call setup: not counted
    expect(engine.hangup).not.toHaveBeenCalled();
    setCall({ state: 'early' });
    await vi.advanceTimersByTimeAsync(19_000);
    expect(engine.hangup).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_500);
    expect(engine.hangup).toHaveBeenCalledWith('n1');
    const ended: LineCall = { ...base, state: 'ended', endReason: 'cancelled', endedAt: Date.now() };
    expect(finishedOutcome(ended, findPlaced(useCallContexts.getState(), ended))).toEqual({ outcome: 'noAnswer', source: 'timeout' });
  });

  it('an answer before the deadline stops the timer', async () => {
    watchNoAnswer({ key: base.key, since: T0 }, 20);
    setCall({ state: 'early' });
    await vi.advanceTimersByTimeAsync(5_000);
    setCall({ state: 'connected', answeredAt: Date.now() });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(engine.hangup).not.toHaveBeenCalled();
  });

  it('an out-of-range timeout is ignored, not applied', async () => {
    watchNoAnswer({ key: base.key, since: T0 }, 2);
    setCall({ state: 'early' });
    await vi.advanceTimersByTimeAsync(200_000);
    expect(engine.hangup).not.toHaveBeenCalled();
  });
});

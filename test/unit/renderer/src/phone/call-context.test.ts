// A gateway line reuses its phone-store key (gw/<line>) for every call, so the context of an earlier
// outbound call must never claim the next incoming call on that line (it once showed the previous
// customer's number on an inbound ring); a callback from X still finds its own context.
import { beforeEach, describe, expect, it } from 'vitest';
import { attachCall, findPlaced, useCallContexts, type PlacedCall } from '../../../../../renderer/src/phone/call-context';
import type { LineCall } from '../../../../../renderer/src/phone/line-call';

const T0 = Date.UTC(2030, 0, 1, 2);
const gsm = { via: 'gateway', id: 'gsm:1' } as const;
const call = (patch: Partial<LineCall>): LineCall => ({ key: 'gw/gsm:1', via: 'gateway', id: 'gsm:1', lineId: 'gsm:1', direction: 'outbound', number: '13800138000', state: 'connected', muted: false, recording: false, conferenced: false, createdAt: T0, ...patch });
const placed = (number: string, extra: Partial<PlacedCall> = {}): PlacedCall => ({ subject: { number }, context: {}, display: number, dialled: number, line: gsm, placedAt: T0, ...extra });

describe('call contexts on a line that reuses its key', () => {
  beforeEach(() => useCallContexts.setState({ entries: [], pending: [], callbacks: [] }));

  it.each([
    ['the outbound call it was made for', call({}), '13800138000'],
    ['a later outbound call placed without a new context', call({ createdAt: T0 + 60_000 }), '13800138000'],
    ['a later inbound call on the same line', call({ direction: 'inbound', number: '13900139000', createdAt: T0 + 60_000 }), undefined],
    ['an inbound call at the same instant', call({ direction: 'inbound', number: '13900139000' }), '13800138000'],
  ])('%s', (_name, c, expected) => {
    attachCall('gw/gsm:1', T0, placed('13800138000'));
    expect(findPlaced(useCallContexts.getState(), c)?.display).toBe(expected);
  });

  it('a newer outbound context wins over an older one', () => {
    attachCall('gw/gsm:1', T0, placed('13800138000'));
    attachCall('gw/gsm:1', T0 + 30_000, placed('13700137000'));
    expect(findPlaced(useCallContexts.getState(), call({ createdAt: T0 + 31_000 }))?.display).toBe('13700137000');
  });
});

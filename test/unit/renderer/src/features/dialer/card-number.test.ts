// The call card's number: grouped like the recent calls (the placed display or, for an incoming or
// unplaced call, the line's own number), except a masked call's display, which is never touched.
import { describe, expect, it } from 'vitest';
import { cardNumber } from '../../../../../../renderer/src/features/dialer/card-number';
import type { PlacedCall } from '../../../../../../renderer/src/phone/call-context';
import type { LineCall } from '../../../../../../renderer/src/phone/line-call';

const call = (number: string): LineCall => ({ key: 'sip/c1', via: 'sip', id: 'c1', lineId: 'agent-a', direction: 'inbound', number, state: 'connected', muted: false, recording: false, conferenced: false, createdAt: 0 });
const placed = (display: string, maskNumbers?: boolean): PlacedCall => ({
  subject: { number: display }, context: maskNumbers === undefined ? {} : { maskNumbers }, display, dialled: display, line: { via: 'sip', id: 'agent-a' }, placedAt: 0,
});

describe('cardNumber', () => {
  it.each([
    ['an incoming mobile', call('+8613800000051'), undefined, '138 0000 0051'],
    ['an incoming Shanghai landline', call('+862168881234'), undefined, '021 6888 1234'],
    ['an incoming extension', call('1001'), undefined, '1001'],
    ['an incoming SIP user', call('bob'), undefined, 'bob'],
    ['an unknown caller', call(''), undefined, ''],
    ['a placed call: its display, not the line number', call('sip-user'), placed('+8613900139000'), '139 0013 9000'],
    ['a placed call of a campaign that does not mask', call('+8613900139000'), placed('+8613900139000', false), '139 0013 9000'],
    ['a typed national number stays as dialled', call('13800138000'), placed('13800138000'), '13800138000'],
    ['a masked mobile stays masked', call('+8613800000051'), placed('138****0051', true), '138****0051'],
    ['a masked landline stays masked', call('+862168881234'), placed('021****1234', true), '021****1234'],
    // a masked display is never regrouped, whatever it looks like
    ['a masked display shaped like E.164', call('x'), placed('+86138****0051', true), '+86138****0051'],
  ])('%s', (_name, c, p, expected) => expect(cardNumber(c, p)).toBe(expected));
});

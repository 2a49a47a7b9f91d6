// 加入勿扰名单 under the last call: offered for a manual call the customer answered, by the subject dialled
// (a contact's number by its place, so a masked one too); not for campaign calls (their wrap-up has it),
// calls coming in, or dials nobody answered.
import { describe, expect, it } from 'vitest';
import { dncSubjectOf } from '../../../../../../renderer/src/features/dialer/dnc-subject';
import type { PlacedCall } from '../../../../../../renderer/src/phone/call-context';
import type { LineCall } from '../../../../../../renderer/src/phone/line-call';

const call = (over: Partial<LineCall> = {}): LineCall => ({
  key: 'sip/c1', via: 'sip', id: 'c1', lineId: 'agent-a', direction: 'outbound', number: '+8613800138000', state: 'ended', muted: false,
  recording: false, conferenced: false, createdAt: 0, answeredAt: 5, ...over,
});
const placed = (subject: PlacedCall['subject'], context: PlacedCall['context'] = {}): PlacedCall => ({
  subject, context, display: '138 0013 8000', dialled: '+8613800138000', line: { via: 'sip', id: 'agent-a' }, placedAt: 0,
});

describe('dncSubjectOf', () => {
  it('offers the typed number of an answered manual call', () => {
    expect(dncSubjectOf(call(), placed({ number: '138 0013 8000' }))).toEqual({ number: '138 0013 8000' });
  });

  it('offers a contact\u2019s number by its place, masked or not', () => {
    expect(dncSubjectOf(call(), placed({ contactId: 7, phoneIndex: 1 }, { contactId: 7, maskNumbers: true }))).toEqual({ contactId: 7, phoneIndex: 1 });
  });

  it.each([
    ['a campaign call (its wrap-up offers it)', call(), placed({ contactId: 7, phoneIndex: 0 }, { campaignId: 'spring', contactId: 7 })],
    ['a dial nobody answered', call({ answeredAt: undefined }), placed({ number: '13800138000' })],
    ['a call coming in', call({ direction: 'inbound' }), undefined],
    ['a call this page did not place', call(), undefined],
  ])('offers nothing for %s', (_name, c, p) => expect(dncSubjectOf(c, p)).toBeNull());
});

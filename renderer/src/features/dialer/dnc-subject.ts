// What 加入勿扰名单 under the last call blocks: the subject the agent dialled, for a manual call the
// customer answered ("别再打了"). A campaign's call offers it in its wrap-up instead; a call coming in, or
// one this page did not place, has no subject to block by.
import type { DialSubject } from '../../../../common/dialer/dial-subject';
import type { PlacedCall } from '../../phone/call-context';
import type { LineCall } from '../../phone/line-call';

export function dncSubjectOf(call: LineCall, placed: PlacedCall | undefined): DialSubject | null {
  if (call.direction !== 'outbound' || call.answeredAt === undefined || placed === undefined) return null;
  if (placed.context.campaignId !== undefined) return null;
  return placed.subject;
}

// Redial: a recent-calls row, or (the shortcut) the last call placed on this page, else the newest row
// of the call log. Always through placeCall with the row's subject, so a masked number is redialled by
// its contact phone and stays masked, and the compliance check runs again.
import type { RecentCall } from '../../../../common/ipc/channels/dialer-channels';
import { getBridge, unwrap } from '../../platform/page-bridge';
import { placeCall, redialLast, type PlaceCallResult } from '../../phone/place-call';
import { uiProblem } from '../../phone/problem';
import { showProblem, type LineRef } from '../../phone/phone-store';

export function redialRow(line: LineRef | undefined, row: RecentCall): Promise<PlaceCallResult> | undefined {
  if (row.redial === null) {
    showProblem(uiProblem('recent.cannotRedial', 'recent.hintCannotRedial'));
    return undefined;
  }
  // a privacy call is redialled through a privacy number again (the server hands back the pair's live X)
  return placeCall(line, row.redial, {
    ...(row.campaignId ? { campaignId: row.campaignId } : {}),
    ...(row.contactId ? { contactId: row.contactId } : {}),
    maskNumbers: row.masked,
    privacy: row.privacyBindingId ? 'axb' : 'off',
  });
}

export async function redialNewest(line: LineRef | undefined): Promise<PlaceCallResult | undefined> {
  const again = await redialLast(line);
  if (again) return again;
  const [newest] = await unwrap(getBridge().api.dialer.recent({ limit: 1 })).catch(() => []);
  if (!newest) {
    showProblem(uiProblem('recent.nothingToRedial', 'recent.hintNothingToRedial'));
    return undefined;
  }
  return redialRow(line, newest);
}

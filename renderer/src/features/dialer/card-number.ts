// The far end as the call card shows it: grouped for reading like the recent calls and the lead card
// (+8613800000051 → 138 0000 0051). A masked display (138****0051) stays exactly as it was masked.
import { displayNumber, type PlacedCall } from '../../phone/call-context';
import type { LineCall } from '../../phone/line-call';
import { shownNumber } from '../../ui-shared/format-phone';

export function cardNumber(call: LineCall, placed: PlacedCall | undefined): string {
  return shownNumber(displayNumber(call, placed), placed?.context.maskNumbers === true);
}

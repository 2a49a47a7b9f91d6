// Click-to-dial for any number in the app (contact card, campaign card, call history): reads as text,
// a click or Enter dials it through placeCall on the dialer's line and shows the dialer. Only
// `display` ever reaches the DOM, and copying it puts `display` on the clipboard, so a masked number
// (138****8000) can be dialled but never read or copied.
import type { ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DialSubject } from '../../../../common/dialer/dial-subject';
import { useApp } from '../../ui-shared/app-store';
import { placeCall, type CallContext, type PlaceCallResult } from '../../phone/place-call';
import { usePhone } from '../../phone/phone-store';
import { effectiveLine, useLines } from './use-lines';

interface Props {
  subject: DialSubject;
  /** the text shown: formatted, or masked when the context masks numbers */
  display: string;
  context?: CallContext;
  /** told what happened (a campaign card records a blocked dial) */
  onPlaced?: (result: PlaceCallResult) => void;
  testId?: string;
}

export function DialableNumber({ subject, display, context, onPlaced, testId = 'dialable-number' }: Props) {
  const { t } = useTranslation();
  const lines = useLines();
  const chosen = usePhone((s) => s.line);
  const go = useApp((s) => s.go);
  const dial = async () => {
    go('dialer');
    const result = await placeCall(effectiveLine(lines, chosen), subject, context);
    onPlaced?.(result);
  };
  const copy = (event: ClipboardEvent) => {
    event.preventDefault();
    event.clipboardData.setData('text/plain', display);
  };
  return (
    <button type="button" className="link dialable-number" onClick={() => void dial()} onCopy={copy} title={t('dialer.clickToDial', { number: display })} data-testid={testId}>
      {display}
    </button>
  );
}

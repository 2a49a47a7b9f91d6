import { textToSeptets } from './gsm7';
import { encodeAddress, encodeSubmit, SmsEncodeError, type SubmitOptions } from './pdu-encode';

/** CR and LF are ordinary GSM 7-bit text; other C0 controls (Ctrl-Z, ESC) would end or abort the payload. */
const isControl = (ch: string): boolean => ch.charCodeAt(0) < 0x20 && ch !== '\r' && ch !== '\n';

export type SmsMode = 'pdu' | 'text';

/** One AT+CMGS exchange: the command line and the payload written after the `> ` prompt. */
export interface SmsSendStep {
  command: string;
  payload: string;
}

/**
 * Builds the AT+CMGS steps for a message. The text never enters a command line: in PDU mode it is
 * hex-encoded; in text mode it is the prompt payload and must be plain GSM 7-bit without Ctrl-Z/ESC,
 * which would end or abort the message early.
 */
export function smsSendSteps(to: string, text: string, mode: SmsMode, options: SubmitOptions = {}): SmsSendStep[] {
  if (mode === 'pdu') {
    return encodeSubmit(to, text, options).map((pdu) => ({ command: `AT+CMGS=${pdu.tpduLength}`, payload: pdu.hex }));
  }
  encodeAddress(to);
  const septets = textToSeptets(text);
  if (!septets || [...text].some(isControl)) {
    throw new SmsEncodeError('text mode only carries GSM 7-bit text without control characters; use PDU mode');
  }
  if (septets.length > 160) throw new SmsEncodeError('text mode carries at most 160 characters; use PDU mode for longer messages');
  return [{ command: `AT+CMGS="${to}"`, payload: text }];
}

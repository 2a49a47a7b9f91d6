import type { Clock } from '../at-clock';
import type { EmitEvent, SmsMessage } from '../events';
import { compact } from '../events';
import { fieldValues, intField } from '../fields';
import { ConcatAssembler } from '../sms/concat';
import { PduFormatError } from '../sms/hex';
import { decodePdu, type DecodedPdu } from '../sms/pdu-decode';
import { parseTextModeSms } from '../sms/text-mode';

const isHex = (text: string): boolean => /^[0-9A-Fa-f]+$/.test(text) && text.length % 2 === 0;

/** Turns +CMT / +CMGR / +CMGL / +CDS payloads (PDU or text mode) into sms, smsPart, storedSms, statusReport events. */
export class SmsReceiver {
  private readonly assembler: ConcatAssembler;
  /** Set when AT+CSCS="UCS2" is active so text-mode bodies/numbers are decoded from hex. */
  ucs2Charset = false;

  constructor(clock: Clock, private readonly emit: EmitEvent) {
    this.assembler = new ConcatAssembler(clock, (m) => this.emit(compact({ type: 'sms', ...m })));
  }

  /** +CMT: PDU form `[<alpha>],<length>` + hex, text form `<oa>,[<alpha>],<scts>...` + body. */
  delivered(header: string, body: string): void {
    if (this.looksLikePdu(header, body)) this.pdu(body);
    else this.message(parseTextModeSms(header, body, false, this.ucs2Charset));
  }

  /** +CMGR / +CMGL answer: PDU `<stat>,[<alpha>],<length>` or text `"<stat>","<oa>",...`. */
  stored(header: string, body: string, index: number | undefined): void {
    if (this.looksLikePdu(header, body)) {
      const stat = intField(fieldValues(header)[0]);
      this.pdu(body, index, stat);
    } else {
      this.message(parseTextModeSms(header, body, true, this.ucs2Charset));
    }
  }

  /** +CDS: PDU of an SMS-STATUS-REPORT. */
  statusReport(hex: string): void {
    this.pdu(hex);
  }

  private looksLikePdu(header: string, body: string): boolean {
    const last = fieldValues(header).at(-1);
    return intField(last) !== undefined && isHex(body.trim()) && !header.trim().startsWith('"');
  }

  private pdu(hex: string, index?: number, stat?: number): void {
    let decoded: DecodedPdu;
    try {
      decoded = decodePdu(hex.trim());
    } catch (error) {
      if (!(error instanceof PduFormatError)) throw error;
      // Keep the raw PDU rather than losing the message.
      this.emit({ type: 'error', kind: 'OTHER', code: null, message: `undecodable SMS PDU (${error.message}): ${hex.trim()}` });
      return;
    }
    switch (decoded.pduType) {
      case 'deliver': {
        const { from, text, smsc, timestamp, dcs, concat } = decoded;
        const message = compact<SmsMessage>({ from, text, smsc, timestamp, dcs });
        if (concat && concat.total > 1) {
          this.emit({ type: 'smsPart', ...message, concat });
          this.assembler.add(message, concat);
        } else {
          this.message(message);
        }
        break;
      }
      case 'submit':
        this.emit({ type: 'storedSms', index: index ?? -1, status: stat ?? -1, to: decoded.to, pduType: 'submit' });
        break;
      case 'statusReport':
        this.emit({ type: 'statusReport', recipient: decoded.recipient, messageRef: decoded.messageRef, status: decoded.status, delivered: decoded.delivered });
        break;
    }
  }

  private message(message: SmsMessage): void {
    this.emit(compact({ type: 'sms', ...message }));
  }
}

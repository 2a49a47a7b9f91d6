import { cmeCodeForText, cmsCodeForText } from './error-codes';

/** How a command ended, classified from its final result line. */
export type FinalResult =
  | { kind: 'OK' }
  | { kind: 'CONNECT'; text: string }
  | { kind: 'ERROR'; code: null }
  | { kind: 'CME' | 'CMS'; code: number | null; message?: string }
  /** Call-progress finals of ATD/ATA (and their unsolicited twins). */
  | { kind: 'CALL_END'; cause: CallEndCode }
  /** Vendor finals that mean "error": COMMAND NOT SUPPORT (Huawei), MODEM ERROR (Motorola), NA (Samsung). */
  | { kind: 'VENDOR_ERROR'; text: string; code: number | null };

export const CALL_END_CODES = ['NO CARRIER', 'BUSY', 'NO ANSWER', 'NO DIALTONE', 'NO DIAL TONE'] as const;
export type CallEndCode = (typeof CALL_END_CODES)[number];

/**
 * Recognises a final result code (V.250 verbose form, ATV1). Returns null for anything else, including
 * intermediate lines. `+CME ERROR:` is matched by prefix so verbose, numeric and empty texts all end the
 * command (python-gsmmodem timed out on verbose texts).
 */
export function parseFinal(line: string): FinalResult | null {
  if (line === 'OK') return { kind: 'OK' };
  if (line === 'ERROR') return { kind: 'ERROR', code: null };
  const cm = /^\+CM([ES]) ERROR:?\s*(.*)$/i.exec(line);
  if (cm) {
    const kind = cm[1]?.toUpperCase() === 'E' ? 'CME' : 'CMS';
    const text = (cm[2] ?? '').trim();
    if (/^-?\d+$/.test(text)) return { kind, code: Number.parseInt(text, 10) };
    const code = kind === 'CME' ? cmeCodeForText(text) : cmsCodeForText(text);
    return text ? { kind, code, message: text } : { kind, code };
  }
  if ((CALL_END_CODES as readonly string[]).includes(line)) {
    return { kind: 'CALL_END', cause: line as CallEndCode };
  }
  if (line === 'CONNECT' || line.startsWith('CONNECT ')) return { kind: 'CONNECT', text: line.slice(7).trim() };
  if (line === 'COMMAND NOT SUPPORT' || line === 'NA') return { kind: 'VENDOR_ERROR', text: line, code: null };
  const modemError = /^MODEM ERROR:\s*(\d+)$/.exec(line);
  if (modemError) return { kind: 'VENDOR_ERROR', text: line, code: Number(modemError[1]) };
  return null;
}

export const isSuccess = (result: FinalResult): boolean => result.kind === 'OK' || result.kind === 'CONNECT';

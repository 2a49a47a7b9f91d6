export type PhoneKind = 'mobile' | 'landline' | 'tollFree' | 'sharedCost' | 'other';

export interface NormalizedPhone {
  /** E.164 without extension, e.g. +8613800138000. */
  e164: string;
  /** National significant number (no trunk 0), the digits agents type when searching. */
  national: string;
  extension?: string;
  kind: PhoneKind;
  /** Identity of the number: E.164 plus the extension (two desks behind one switchboard differ). */
  key: string;
}

export type PhoneRejection = 'empty' | 'notANumber' | 'invalid';

export type PhoneParseResult =
  | { ok: true; phone: NormalizedPhone }
  | { ok: false; reason: PhoneRejection; input: string };

// The lead key the hub sees instead of a customer's number: HMAC-SHA256 under the tenant's salt (fetched
// once from the hub and kept by the desk) of the number in E.164. Every desk of a tenant derives the same
// key for "+86 138-0013-8000", "008613800138000" and "13800138000"; a leaked claims table reveals no number
// without the salt (an unkeyed hash of a phone number is reversed by trying all of them).
import { toE164 } from '../binding/phone';
import type { CryptoPrimitives } from '../binding/signing';

/** Bumped if the derivation ever changes, so old and new keys never compare equal by accident. */
const DOMAIN = 'dialdeck-lead-key:v1:';

export type LeadKeyInput = { ok: true; message: string; e164: string } | { ok: false; reason: string };

/** Normalises what the desk has (any common way of writing a number, default region CN) to the signed message. */
export function leadKeyInput(contactNumber: string): LeadKeyInput {
  if (typeof contactNumber !== 'string' || contactNumber.trim() === '') return { ok: false, reason: 'the lead has no phone number' };
  // full-width digits and plus (common in pasted Chinese text) are the same number
  const ascii = contactNumber.replace(/[\uFF10-\uFF19\uFF0B]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const r = toE164(ascii);
  if (!r.ok) return { ok: false, reason: r.reason };
  return { ok: true, e164: r.e164, message: DOMAIN + r.e164 };
}

export async function deriveLeadKey(contactNumber: string, salt: string, crypto: CryptoPrimitives): Promise<string> {
  const input = leadKeyInput(contactNumber);
  if (!input.ok) throw new Error(`cannot claim this lead: ${input.reason}`);
  if (salt.length < 32) throw new Error('the lead-key salt is missing or too short');
  return crypto.hmacSha256Hex(salt, input.message);
}

// What the agent typed or pasted, made dialable: full-width characters folded (NFKC: "１３８" → "138",
// "＋" → "+"), and, when it is a phone number, the visual separators people paste with it removed
// ("+86 (138) 0013-8000" → "+8613800138000"). Anything else (a SIP address, a hostile string) is left
// as it is for common/sip/dial-target.ts to accept or refuse with a reason. Nothing is "repaired".
const phoneLike = /^[+0-9*#\s.()\-/\u00a0\u2010-\u2015\u2212]+$/;
const separators = /[\s.()\-/\u00a0\u2010-\u2015\u2212]/g;

export function normalizeDialInput(raw: string): string {
  const folded = raw.normalize('NFKC').trim();
  if (!phoneLike.test(folded) || /[\r\n\t\v\f]/.test(folded)) return folded;
  return folded.replace(separators, '');
}

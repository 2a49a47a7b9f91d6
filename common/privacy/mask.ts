// Phone numbers are personal data: logs, diagnostics bundles and masked campaigns show them as
// 138****5678. A run of 7+ digits (optionally with +, spaces, dashes, dots or brackets inside) counts.

const phoneLike = /\+?\d[\d\s().-]{5,}\d/g;

export function maskDigits(digits: string): string {
  if (digits.length <= 6) return '*'.repeat(digits.length);
  const keepHead = digits.startsWith('+') ? 4 : 3;
  return digits.slice(0, keepHead) + '*'.repeat(Math.max(0, digits.length - keepHead - 4)) + digits.slice(-4);
}

export function maskPhoneNumbers(text: string): string {
  return text.replace(phoneLike, (match) => {
    const compact = match.replace(/[\s().-]/g, '');
    const digitCount = compact.replace(/\D/g, '').length;
    return digitCount >= 7 ? maskDigits(compact) : match;
  });
}

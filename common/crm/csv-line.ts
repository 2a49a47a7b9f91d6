/**
 * RFC 4180 quoting for the small CSV files Dialdeck writes (row reports, exports).
 * A leading =,+,-,@ is prefixed with ' so Excel never evaluates a customer-supplied cell as a formula.
 */
export function toCsvLine(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@]/.test(text) && !/^[+-]?\d[\d\s-]*$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Excel only recognises UTF-8 CSV when the file starts with a byte-order mark. */
export const UTF8_BOM = '\ufeff';

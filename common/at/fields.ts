/**
 * Splits the parameter part of an AT information line into fields. Commas inside double quotes do not
 * split; quotes are removed and reported so callers can tell `"1"` (string) from `1` (number).
 * Unterminated quotes (seen in real +COPS/+CREG answers) run to the end of the line.
 */
export interface AtField {
  value: string;
  quoted: boolean;
}

export function splitFields(params: string): AtField[] {
  const fields: AtField[] = [];
  let value = '';
  let quoted = false;
  let inQuotes = false;
  for (const ch of params) {
    if (ch === '"') {
      inQuotes = !inQuotes;
      quoted = true;
    } else if (ch === ',' && !inQuotes) {
      fields.push({ value: quoted ? value : value.trim(), quoted });
      value = '';
      quoted = false;
    } else {
      value += ch;
    }
  }
  fields.push({ value: quoted ? value : value.trim(), quoted });
  return fields;
}

/** `+CLIP: "123",145` -> { prefix: '+CLIP', params: '"123",145' }; prefix keeps its + or ^. */
export function splitPrefix(line: string): { prefix: string; params: string } | null {
  const m = /^([+^][A-Za-z0-9]+|[A-Z][A-Z_ ]*[A-Z]):\s*(.*)$/.exec(line);
  if (!m) return null;
  return { prefix: (m[1] ?? '').toUpperCase(), params: m[2] ?? '' };
}

export function fieldValues(params: string): string[] {
  return splitFields(params).map((f) => f.value);
}

/** Integer or undefined for empty/non-numeric fields. */
export function intField(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  return Number.parseInt(value.trim(), 10);
}

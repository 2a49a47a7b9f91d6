import { normalizePhone, splitPhoneCell } from '../phone';
import type { NormalizedPhone } from '../phone';
import type { HeaderMapping } from './header-mapping';

export type ImportedPhone = NormalizedPhone & { raw: string };

export interface ContactDraft {
  name: string;
  company: string;
  phones: ImportedPhone[];
  tags: string[];
  note: string;
  /** Columns the user kept that Dialdeck has no field for, by header. */
  extra: Record<string, string>;
  /** Cells that held something not recognisable as a number; reported, not silently dropped. */
  rejectedPhones: string[];
}

const TAG_SEPARATORS = /[,，;；、|｜/]+/;

export function rowToContact(cells: readonly string[], mapping: HeaderMapping): ContactDraft {
  const draft: ContactDraft = { name: '', company: '', phones: [], tags: [], note: '', extra: {}, rejectedPhones: [] };
  for (const { column, header, field } of mapping) {
    const value = (cells[column] ?? '').trim();
    if (value === '') continue;
    switch (field) {
      case 'name': draft.name = value; break;
      case 'company': draft.company = value; break;
      case 'note': draft.note = draft.note ? `${draft.note}\n${value}` : value; break;
      case 'tags': draft.tags.push(...value.split(TAG_SEPARATORS).map((t) => t.trim()).filter(Boolean)); break;
      case 'extra': draft.extra[header] = value; break;
      case 'phone':
        for (const part of splitPhoneCell(value)) {
          const result = normalizePhone(part);
          if (!result.ok) draft.rejectedPhones.push(part);
          // a row holds a handful of numbers at most: a linear scan beats allocating a Set per row
          else if (!draft.phones.some((p) => p.key === result.phone.key)) draft.phones.push(Object.assign(result.phone, { raw: part }));
        }
        break;
      case 'ignore': break;
    }
  }
  return draft;
}

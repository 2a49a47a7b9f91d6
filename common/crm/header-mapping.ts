import { z } from 'zod';

export const CONTACT_FIELDS = ['name', 'phone', 'company', 'tags', 'note', 'extra', 'ignore'] as const;
export const ContactField = z.enum(CONTACT_FIELDS);
export type ContactField = z.infer<typeof ContactField>;

/** One entry per file column; several columns may map to `phone` (手机, 座机, 电话2 …). */
export const ColumnMapping = z.object({
  column: z.number().int().min(0).max(10_000),
  header: z.string().max(1000),
  field: ContactField,
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;
export const HeaderMapping = z.array(ColumnMapping).max(10_000);
export type HeaderMapping = z.infer<typeof HeaderMapping>;

/** Normalised header spellings seen in Chinese CRM, telecom and spreadsheet exports. */
const SYNONYMS: Record<Exclude<ContactField, 'extra' | 'ignore'>, readonly string[]> = {
  name: ['姓名', '名字', '客户姓名', '联系人', '联系人姓名', '称呼', 'name', 'fullname', 'contact', 'contactname', 'customername'],
  phone: [
    '手机', '手机号', '手机号码', '电话', '电话号码', '联系电话', '联系方式', '座机', '固话', '固定电话', '号码', '移动电话', '办公电话',
    'mobile', 'mobilephone', 'phone', 'phonenumber', 'tel', 'telephone', 'cell', 'cellphone', 'number',
  ],
  company: ['公司', '公司名称', '单位', '工作单位', '企业', '企业名称', '客户名称', '机构', 'company', 'companyname', 'organization', 'organisation', 'org', 'employer'],
  tags: ['标签', '分类', '客户分类', 'tag', 'tags', 'label', 'labels', 'category'],
  note: ['备注', '说明', '描述', '备注信息', 'note', 'notes', 'remark', 'remarks', 'comment', 'comments', 'memo'],
};

const FIELD_BY_SYNONYM = new Map<string, ContactField>(
  Object.entries(SYNONYMS).flatMap(([field, names]) => names.map((n) => [n, field as ContactField] as const)),
);

/** "手机号码1", " Phone Number ", "電話（必填）" style noise is removed before lookup. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s_\-.:：*#]/g, '')
    .replace(/\d+$/, '');
}

export function suggestMapping(headers: readonly string[]): HeaderMapping {
  const taken = new Set<ContactField>();
  return headers.map((header, column) => {
    const known = FIELD_BY_SYNONYM.get(normaliseHeader(header));
    // Only phone may repeat; a second 姓名 column is kept as extra data rather than overwriting.
    const field: ContactField = known && (known === 'phone' || !taken.has(known)) ? known : header.trim() ? 'extra' : 'ignore';
    taken.add(field);
    return { column, header, field };
  });
}

export function hasPhoneColumn(mapping: HeaderMapping): boolean {
  return mapping.some((m) => m.field === 'phone');
}

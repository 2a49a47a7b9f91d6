// Validation problems as sentences in the user's language. zod's own messages are developer English
// ("Too small: expected array to have >=1 items"); this is the error map per UI language, used by the
// page's forms, by main's answers to invalid requests, and by the admin CLI. A schema's own custom
// message is a key (`@campaignId`, see messages below), so it too is said in the user's language.
import type { UiLanguage } from '../i18n/ui-language';
import { customMessages, type CustomMessageKey } from './custom-messages';

/** The parts of a zod issue that decide its sentence (a zod issue fits; so does one sent over IPC). */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly expected?: string;
  readonly format?: string;
  readonly keys?: readonly string[];
}

type Words = {
  required: string;
  tooShort: (n: number) => string;
  tooLong: (n: number) => string;
  tooFewItems: (n: number) => string;
  tooManyItems: (n: number) => string;
  tooSmall: (n: number, inclusive: boolean) => string;
  tooBig: (n: number, inclusive: boolean) => string;
  notInteger: string;
  notNumber: string;
  notText: string;
  notChoice: string;
  badFormat: string;
  badUrl: string;
  badDate: string;
  unknownFields: string;
  notMultiple: string;
  invalid: string;
  /** "<label>: <text>" joined the way the language writes it */
  labelled: (label: string, text: string) => string;
};

const words: Record<UiLanguage, Words> = {
  'zh-CN': {
    required: '必填',
    tooShort: (n) => `至少 ${n} 个字符`,
    tooLong: (n) => `最多 ${n} 个字符`,
    tooFewItems: (n) => (n === 1 ? '至少选择一项' : `至少选择 ${n} 项`),
    tooManyItems: (n) => `最多 ${n} 项`,
    tooSmall: (n, inclusive) => (inclusive ? `不能小于 ${n}` : `必须大于 ${n}`),
    tooBig: (n, inclusive) => (inclusive ? `不能大于 ${n}` : `必须小于 ${n}`),
    notInteger: '请输入整数',
    notNumber: '请输入数字',
    notText: '请输入文字',
    notChoice: '请从列表中选择',
    badFormat: '格式不正确',
    badUrl: '请输入完整的网址',
    badDate: '请输入有效日期（如 2026-12-08）',
    unknownFields: '含有无法识别的内容',
    notMultiple: '数值不符合要求',
    invalid: '内容无效',
    labelled: (label, text) => `${label}：${text}`,
  },
  en: {
    required: 'Required',
    tooShort: (n) => `At least ${n} characters`,
    tooLong: (n) => `At most ${n} characters`,
    tooFewItems: (n) => (n === 1 ? 'Choose at least one' : `Choose at least ${n}`),
    tooManyItems: (n) => `At most ${n} items`,
    tooSmall: (n, inclusive) => (inclusive ? `Must be ${n} or more` : `Must be more than ${n}`),
    tooBig: (n, inclusive) => (inclusive ? `Must be ${n} or less` : `Must be less than ${n}`),
    notInteger: 'Enter a whole number',
    notNumber: 'Enter a number',
    notText: 'Enter text',
    notChoice: 'Choose one of the options',
    badFormat: 'Not in the expected format',
    badUrl: 'Enter a full web address',
    badDate: 'Enter a valid date (such as 2026-12-08)',
    unknownFields: 'Contains something unexpected',
    notMultiple: 'Not an allowed value',
    invalid: 'Not valid',
    labelled: (label, text) => `${label}: ${text}`,
  },
};

const num = (v: number | bigint | undefined) => Number(v ?? 0);

function customText(message: string | undefined, language: UiLanguage): string | undefined {
  if (!message?.startsWith('@')) return undefined;
  const key = message.slice(1) as CustomMessageKey;
  return Object.hasOwn(customMessages, key) ? customMessages[key][language] : undefined;
}

/** One issue as a sentence in `language`, without the field's name. */
export function issueText(issue: IssueLike, language: UiLanguage): string {
  const w = words[language];
  const custom = customText(issue.message, language);
  if (custom) return custom;
  const inclusive = (issue as { inclusive?: boolean }).inclusive !== false;
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return num(issue.minimum) <= 1 ? w.required : w.tooShort(num(issue.minimum));
      if (issue.origin === 'array' || issue.origin === 'set') return w.tooFewItems(num(issue.minimum));
      return w.tooSmall(num(issue.minimum), inclusive);
    case 'too_big':
      if (issue.origin === 'string') return w.tooLong(num(issue.maximum));
      if (issue.origin === 'array' || issue.origin === 'set') return w.tooManyItems(num(issue.maximum));
      return w.tooBig(num(issue.maximum), inclusive);
    case 'invalid_type':
      if (issue.expected === 'int') return w.notInteger;
      if (issue.expected === 'number' || issue.expected === 'bigint') return w.notNumber;
      if (issue.expected === 'string') return w.notText;
      return w.required;
    case 'invalid_value':
      return w.notChoice;
    case 'invalid_format':
      if (issue.format === 'url') return w.badUrl;
      if (issue.format === 'date' || issue.format === 'datetime') return w.badDate;
      return w.badFormat;
    case 'unrecognized_keys':
      return w.unknownFields;
    case 'not_multiple_of':
      return w.notMultiple;
    default:
      return w.invalid;
  }
}

/**
 * Each issue with its field's own label in front ("名称：必填"); `label` names a path as the form shows
 * it, and a path it does not know is left out rather than shown as `pacing.maxAttempts`.
 */
export function issueLines(issues: readonly IssueLike[], language: UiLanguage, label: (path: readonly PropertyKey[]) => string | undefined): string[] {
  return issues.map((issue) => {
    const text = issueText(issue, language);
    const name = label(issue.path);
    return name ? words[language].labelled(name, text) : text;
  });
}

/** The message key a schema gives for its own rule: `.regex(re, msg('campaignId'))`. */
export const msg = (key: CustomMessageKey): string => `@${key}`;

/** A validation failure that keeps its issues, so each place can say them in its user's language; the
 * message is English with field paths, for logs and the admin CLI. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    readonly what: string,
    readonly issues: readonly IssueLike[],
  ) {
    super(`${what}: ${issueLines(issues, 'en', (path) => (path.length ? path.join('.') : undefined)).join('; ')}`);
  }
}

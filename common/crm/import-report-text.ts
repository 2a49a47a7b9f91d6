// The import report in the user's language: why each row was not imported and what to do about it.
// Main writes the report file (it can hold a million rows, so it is built where they are) and the page's
// summary table says the same words, so the screen and the file never name one thing twice.
import type { UiLanguage } from '../i18n/ui-language';
import { toCsvLine, UTF8_BOM } from './csv-line';
import type { DncReason } from './dnc-schemas';
import type { RowIssue, RowIssueDetail, RowIssueReason } from './import-schemas';

type Words = {
  headers: [line: string, reason: string, value: string, detail: string];
  reasons: Record<RowIssueReason, string>;
  dncReasons: Record<DncReason, string>;
  detail: {
    noPhone: string;
    notPhone: string;
    sameAsLine: (line: number) => string;
    existingContact: (contactId: number) => string;
    onDnc: (dncReason: string | undefined) => string;
    complaints: (count: number) => string;
  };
};

const words: Record<UiLanguage, Words> = {
  'zh-CN': {
    headers: ['行号', '原因', '号码', '说明'],
    reasons: { invalid: '号码无效', duplicateInFile: '文件内重复', duplicateInDatabase: '已有该客户', dnc: '在勿扰名单上', highComplaint: '高投诉风险' },
    dncReasons: { refused: '客户拒绝', complaint: '投诉', regulator: '监管名单', invalid: '无效号码' },
    detail: {
      noPhone: '这一行没有电话号码。请补上号码后重新导入这一行。',
      notPhone: '不是有效的电话号码。请改正号码后重新导入这一行。',
      sameAsLine: (line) => `与第 ${line} 行的号码相同，只导入了先出现的那一行。如果是另一位客户，请改正号码后重新导入这一行。`,
      existingContact: (id) => `客户 #${id} 已有这个号码，没有重复建立（导入时填写了名单的，该客户已加入名单）。如需修改资料，请在客户页打开该客户。`,
      onDnc: (reason) => `这个号码在勿扰名单上${reason ? `（${reason}）` : ''}，没有导入。如果客户同意再接听，请先把号码移出勿扰名单再导入。`,
      complaints: (count) => `这个号码已有 ${count} 次或更多投诉，没有导入。如确需联系，请先与主管确认。`,
    },
  },
  en: {
    headers: ['Line', 'Reason', 'Number', 'Detail'],
    reasons: { invalid: 'Invalid number', duplicateInFile: 'Duplicate in the file', duplicateInDatabase: 'Already a contact', dnc: 'On the do-not-call list', highComplaint: 'High complaint risk' },
    dncReasons: { refused: 'Customer refused', complaint: 'Complaint', regulator: 'Regulator list', invalid: 'Invalid number' },
    detail: {
      noPhone: 'This row has no phone number. Add one and import the row again.',
      notPhone: 'Not a valid phone number. Correct it and import the row again.',
      sameAsLine: (line) => `Same number as line ${line}; only the first of them was imported. If this is another customer, correct the number and import the row again.`,
      existingContact: (id) => `Customer #${id} already has this number, so no copy was made (if the import named a list, they joined it). To change their details, open them under Contacts.`,
      onDnc: (reason) => `This number is on the do-not-call list${reason ? ` (${reason})` : ''} and was not imported. If the customer agrees to be called again, remove it from the list first, then import it.`,
      complaints: (count) => `This number has ${count} or more complaints on record and was not imported. Check with a supervisor before contacting it.`,
    },
  },
};

export const issueReasonText = (reason: RowIssueReason, language: UiLanguage): string => words[language].reasons[reason];

/** The detail as a sentence with the next step; empty when there is nothing more than the reason. */
export function issueDetailText(detail: RowIssueDetail, language: UiLanguage): string {
  const w = words[language];
  switch (detail.code) {
    case 'noPhone':
      return w.detail.noPhone;
    case 'notPhone':
      return w.detail.notPhone;
    case 'sameAsLine':
      return w.detail.sameAsLine(detail.line);
    case 'existingContact':
      return w.detail.existingContact(detail.contactId);
    case 'onDnc':
      return w.detail.onDnc(detail.dncReason && w.dncReasons[detail.dncReason]);
    case 'complaints':
      return w.detail.complaints(detail.count);
    case 'none':
      return '';
  }
}

/** The per-row report as a CSV for Excel (hence the BOM), headers and words in `language`. */
export function importReportCsv(issues: Iterable<RowIssue>, language: UiLanguage): string {
  const lines = [UTF8_BOM + toCsvLine(words[language].headers)];
  for (const i of issues) lines.push(toCsvLine([i.line, issueReasonText(i.reason, language), i.value, issueDetailText(i.detail, language)]));
  return lines.join('');
}

import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { statSync, utimesSync } from 'node:fs';
import { importContacts, resumeImport } from '../../../../../../main/node/crm/import/import-contacts';
import { createJob } from '../../../../../../main/node/crm/import/import-jobs';
import { NotFoundError, ImportInputError } from '../../../../../../main/node/store/store-errors';
import { listCallLists } from '../../../../../../main/node/crm/repo/call-lists';
import { previewImport } from '../../../../../../main/node/crm/import/preview-import';
import { addDnc } from '../../../../../../main/node/crm/repo/dnc-list';
import { SearchRequest, suggestMapping } from '../../../../../../common/crm';
import { searchContacts } from '../../../../../../main/node/crm/repo/search-contacts';
import { importIssues, importReportCsv } from '../../../../../../main/node/crm/repo/import-report';
import { scratch } from '../crm-test-db';

const CSV = ['姓名,手机,公司,备注', '张三,138 0013 8000,北京某某科技有限公司,老客户', '李四,（010）1234-5678转123,上海某某贸易,', '王五,12345,,', '赵六,+86 13800138000,,', '钱七,13900139000,,'].join('\r\n');

let env: ReturnType<typeof scratch>;
afterEach(() => env.cleanup());

const contactNames = () => env.db.prepare('SELECT name FROM contacts ORDER BY id').pluck().all();

describe('importContacts', () => {
  it.each([
    ['UTF-8', 'utf-8', ''],
    ['UTF-8 with BOM', 'utf-8', '\ufeff'],
    ['GBK', 'gbk', ''],
    ['GB18030', 'gb18030', ''],
  ])('reads %s CSV, normalises numbers and reports every skipped row', async (_label, encoding, bom) => {
    env = scratch();
    const file = env.file('list.csv', bom + CSV, encoding);
    const summary = await importContacts(env.db, { file, listName: '五月名单' });
    expect(summary).toMatchObject({ status: 'completed', rows: 5, imported: 3, duplicates: 1, invalid: 1, dnc: 0 });
    expect(contactNames()).toEqual(['张三', '李四', '钱七']);
    expect(env.db.prepare('SELECT phone_key FROM contact_phones ORDER BY id').pluck().all()).toEqual([
      '+8613800138000',
      '+861012345678;ext=123',
      '+8613900139000',
    ]);
    expect(importIssues(env.db, summary.jobId)).toEqual([
      { line: 4, reason: 'invalid', value: '12345', detail: { code: 'notPhone' } },
      { line: 5, reason: 'duplicateInFile', value: '+86 13800138000', detail: { code: 'sameAsLine', line: 2 } },
    ]);
    // the report file in the user's language: headers, reasons and details with what to do
    const zh = importReportCsv(env.db, summary.jobId, 'zh-CN');
    expect(zh.split('\r\n')[0]).toBe('\ufeff行号,原因,号码,说明');
    expect(zh).toContain('5,文件内重复,+86 13800138000,与第 2 行的号码相同，只导入了先出现的那一行。');
    expect(zh).not.toMatch(/duplicateInFile|same number|[A-Za-z]{4,}/);
    const en = importReportCsv(env.db, summary.jobId, 'en');
    expect(en.split('\r\n')[0]).toBe('\ufeffLine,Reason,Number,Detail');
    expect(en).toContain('4,Invalid number,12345,Not a valid phone number. Correct it and import the row again.');
  });

  it('skips numbers on the do-not-call list and numbers already in the database', async () => {
    env = scratch();
    await importContacts(env.db, { file: env.file('a.csv', '手机号码\n13900139000\n') });
    addDnc(env.db, '138-0013-8000', 'refused', 'agent');
    const summary = await importContacts(env.db, { file: env.file('b.csv', CSV) });
    expect(summary).toMatchObject({ rows: 5, imported: 1, duplicates: 1, invalid: 1, dnc: 2 });
    expect(importIssues(env.db, summary.jobId).map((i) => [i.line, i.reason])).toEqual([
      [2, 'dnc'],
      [4, 'invalid'],
      [5, 'dnc'],
      [6, 'duplicateInDatabase'],
    ]);
    expect(importIssues(env.db, summary.jobId).map((i) => i.detail)).toEqual([
      { code: 'onDnc', dncReason: 'refused' },
      { code: 'notPhone' },
      { code: 'onDnc', dncReason: 'refused' },
      { code: 'existingContact', contactId: env.db.prepare("SELECT contact_id FROM contact_phones WHERE phone_key = '+8613900139000'").pluck().get() },
    ]);
    expect(importReportCsv(env.db, summary.jobId, 'zh-CN')).toContain('这个号码在勿扰名单上（客户拒绝），没有导入。');
    // published after the existing contact, and searchable like it
    const found = (query: string) => searchContacts(env.db, SearchRequest.parse({ query })).items.map((c) => c.name);
    expect(found('李四')).toEqual(['李四']);
    expect(found('1234 5678')).toEqual(['李四']);
    expect(env.db.prepare('SELECT contacts FROM crm_stats').pluck().get()).toBe(2);
  });

  it('reports the line a row starts on when an earlier cell spans several lines', async () => {
    env = scratch();
    const file = env.file('multi.csv', '姓名,手机,备注\n张三,13800138000,"第一行\n第二行\n第三行"\n李四,12345,\n');
    const summary = await importContacts(env.db, { file });
    expect(summary).toMatchObject({ rows: 2, imported: 1, invalid: 1 });
    expect(importIssues(env.db, summary.jobId).map((i) => i.line)).toEqual([5]);
    expect(env.db.prepare('SELECT body FROM notes').pluck().get()).toBe('第一行\n第二行\n第三行');
  });

  it('reads the first sheet of an .xlsx, numbers stored as numbers included', async () => {
    env = scratch();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    sheet.addRows([['姓名', '电话', '标签'], ['周八', 13800138000, 'VIP，老客户'], ['吴九', '0755-8888 6666', '']]);
    const file = join(env.dir, 'list.xlsx');
    await workbook.xlsx.writeFile(file);
    const summary = await importContacts(env.db, { file });
    expect(summary).toMatchObject({ rows: 2, imported: 2 });
    expect(env.db.prepare('SELECT e164 FROM contact_phones ORDER BY id').pluck().all()).toEqual(['+8613800138000', '+8675588886666']);
    expect(env.db.prepare('SELECT name FROM tags ORDER BY name').pluck().all()).toEqual(['VIP', '老客户']);
  });

  it('rolls everything back when cancelled and records the job as cancelled', async () => {
    env = scratch();
    // ~2.6 MB: several batches, so the cancel lands after one is committed
    const rows = Array.from({ length: 100_000 }, (_, i) => `客户${i},138${String(i).padStart(8, '0')}`);
    const file = env.file('big.csv', ['姓名,手机', ...rows].join('\n'));
    let checks = 0;
    const summary = await importContacts(env.db, { file, isCancelled: () => ++checks > 1 });
    expect(summary.status).toBe('cancelled');
    expect(checks).toBe(2);
    expect(env.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
    expect(env.db.prepare('SELECT contacts FROM crm_stats').pluck().get()).toBe(0);
    expect(env.db.prepare('SELECT status FROM import_jobs').pluck().get()).toBe('cancelled');
    expect(env.db.prepare('SELECT count(*) FROM import_staged_batches').pluck().get()).toBe(0);
    // the job's own search index went with its staged rows
    expect(env.db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name LIKE 'contact_search_job%'`).pluck().get()).toBe(0);
    // the dropped bulk-load indexes came back with the rollback
    expect(env.db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'contact_phones_key'`).pluck().get()).toBe(1);
  });

  const bigList = (count: number) =>
    ['姓名,手机,公司', ...Array.from({ length: count }, (_, i) => `客户${i},${i % 10 === 0 ? `010-6${String(i).padStart(7, '0')}` : `139${String(i).padStart(8, '0')}`},公司${i}`)].join('\n');
  const found = (query: string) => searchContacts(env.db, SearchRequest.parse({ query, limit: 100 })).items.map((c) => c.name);

  it('indexes a first import while reading and publishes that index: search, deletes and later imports work on it', async () => {
    env = scratch();
    const summary = await importContacts(env.db, { file: env.file('first.csv', bigList(50_000)) });
    expect(summary).toMatchObject({ status: 'completed', imported: 50_000 });
    expect(env.db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name LIKE 'contact_search_job%'`).pluck().get()).toBe(0);
    expect(env.db.prepare('SELECT count(*) FROM contact_search').pluck().get()).toBe(50_000);
    // the live index is the one built while reading, renamed (SQLite quotes a renamed table's name)
    expect(env.db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'contact_search'`).pluck().get()).toMatch(/^CREATE VIRTUAL TABLE "contact_search"/);
    expect(found('客户4999')).toEqual(['客户4999', ...Array.from({ length: 10 }, (_, i) => `客户4999${i}`)]);
    expect(found('13900049998')).toEqual(['客户49998']);
    expect(found('010-60049990')).toEqual(['客户49990']); // the trunk-0 form of a landline
    expect(found('公司12345')).toEqual(['客户12345']);
    // the delete trigger that keeps the index in step survived the swap
    env.db.prepare(`DELETE FROM contacts WHERE name = '客户49998'`).run();
    expect(found('13900049998')).toEqual([]);
    expect(env.db.prepare('SELECT contacts FROM crm_stats').pluck().get()).toBe(49_999);
    const later = await importContacts(env.db, { file: env.file('later.csv', '姓名,手机\n新客户,13700137000\n') });
    expect(later).toMatchObject({ imported: 1 });
    expect(found('13700137000')).toEqual(['新客户']);
    expect(env.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('indexes at publish instead when a contact was added while a first import was reading', async () => {
    env = scratch();
    let added = false;
    const addContact = () => {
      if (added) return;
      added = true;
      env.db.prepare(`INSERT INTO contacts(name, company, extra, created_at, updated_at) VALUES ('手工录入', '', '{}', 0, 0)`).run();
    };
    const summary = await importContacts(env.db, { file: env.file('first.csv', bigList(50_000)), onProgress: addContact, progressIntervalMs: 0 });
    expect(added).toBe(true);
    expect(summary).toMatchObject({ status: 'completed', imported: 50_000 });
    expect(env.db.prepare(`SELECT count(*) FROM sqlite_schema WHERE name LIKE 'contact_search_job%'`).pluck().get()).toBe(0);
    expect(found('13900049998')).toEqual(['客户49998']);
    expect(found('客户0')[0]).toBe('客户0');
    expect(env.db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'contact_search'`).pluck().get()).toMatch(/^CREATE VIRTUAL TABLE contact_search /);
    expect(env.db.prepare(`SELECT id FROM contacts WHERE name = '客户0'`).pluck().get()).toBe(3); // after the one added by hand
  });

  it.each([
    ['no phone column', 'x.csv', '姓名,公司\n张三,某公司\n', 'utf-8', /no phone column/],
    ['unsupported type', 'x.xls', 'whatever', 'utf-8', /unsupported file type \.xls/],
    ['unreadable encoding', 'x.csv', '', 'binary', /cannot read the file's text encoding/],
  ])('refuses %s with a clear error and imports nothing', async (_label, name, text, encoding, message) => {
    env = scratch();
    const content = encoding === 'binary' ? Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)).toString('latin1') : text;
    const file = env.file(name, content, encoding === 'binary' ? 'latin1' : encoding);
    await expect(importContacts(env.db, { file })).rejects.toThrow(ImportInputError);
    await expect(importContacts(env.db, { file })).rejects.toThrow(message);
    expect(env.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
  });
});

describe('resumeImport', () => {
  /** A job as a killed process leaves it: interrupted, with lines up to `stagedLine` committed. */
  function interruptedJob(file: string, stagedLine: number): number {
    const { size, mtimeMs } = statSync(file);
    const job = createJob(env.db, file, '续传', suggestMapping(['姓名', '手机', '公司', '备注']), { size, mtimeMs }, 1);
    env.db.prepare(`UPDATE import_jobs SET status = 'interrupted', staged_line = ?, rows = ?, invalid = 0 WHERE id = ?`).run(stagedLine, stagedLine - 1, job.id);
    return job.id;
  }

  it('carries on after the last committed line and publishes into the list', async () => {
    env = scratch();
    const file = env.file('list.csv', CSV);
    // lines 2-3 count as handled by the run that died (nothing staged: 赵六 on line 5 is no longer a duplicate)
    const jobId = interruptedJob(file, 3);
    const summary = await resumeImport(env.db, jobId);
    expect(summary).toMatchObject({ jobId, status: 'completed', rows: 5, imported: 2, duplicates: 0, invalid: 1 });
    expect(contactNames()).toEqual(['赵六', '钱七']);
    expect(listCallLists(env.db)).toEqual([{ id: 1, name: '续传', size: 2 }]);
  });

  it('refuses an unknown job, a finished job and a file that changed, and imports nothing', async () => {
    env = scratch();
    const file = env.file('list.csv', CSV);
    await expect(resumeImport(env.db, 99)).rejects.toThrow(NotFoundError);
    const done = await importContacts(env.db, { file: env.file('a.csv', '手机\n13700137000\n') });
    await expect(resumeImport(env.db, done.jobId)).rejects.toThrow(/is completed; only an interrupted import can be resumed/);
    const jobId = interruptedJob(file, 2);
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    await expect(resumeImport(env.db, jobId)).rejects.toThrow(/changed since the import started/);
    expect(contactNames()).toEqual(['']);
    expect(env.db.prepare('SELECT status FROM import_jobs WHERE id = ?').pluck().get(jobId)).toBe('interrupted');
  });
});

describe('listCallLists', () => {
  it('a list is a set of customers: a follow-up list of known customers gets them, new ones too, with no copies', async () => {
    env = scratch();
    await importContacts(env.db, { file: env.file('a.csv', CSV), listName: '五月名单' });
    // 张三 and 钱七 are known (one of them under another spelling); 孙八 is new; 钱七 twice in the file
    const followUp = ['姓名,手机', '张三,+86 138-0013-8000', '钱七,13900139000', '孙八,13500135000', '钱七,139 0013 9000'].join('\n');
    const summary = await importContacts(env.db, { file: env.file('f.csv', followUp), listName: '回访名单' });
    expect(summary).toMatchObject({ rows: 4, imported: 1, duplicates: 3 });
    expect(importIssues(env.db, summary.jobId).map((i) => [i.line, i.reason])).toEqual([
      [2, 'duplicateInDatabase'],
      [3, 'duplicateInDatabase'],
      [5, 'duplicateInFile'],
    ]);
    const members = env.db
      .prepare("SELECT c.name FROM list_members m JOIN lists l ON l.id = m.list_id JOIN contacts c ON c.id = m.contact_id WHERE l.name = '回访名单' ORDER BY c.name")
      .pluck()
      .all();
    expect(members).toEqual(['孙八', '张三', '钱七'].sort());
    expect(listCallLists(env.db).find((l) => l.name === '回访名单')?.size).toBe(3);
    // no new contact for a known customer
    expect(env.db.prepare("SELECT count(*) FROM contacts WHERE name = '张三'").pluck().get()).toBe(1);
  });

  it('lists every call list by name with its member count', async () => {
    env = scratch();
    await importContacts(env.db, { file: env.file('a.csv', CSV), listName: '五月名单' });
    await importContacts(env.db, { file: env.file('b.csv', '手机\n13700137000\n'), listName: '四月名单' });
    await importContacts(env.db, { file: env.file('c.csv', '手机\n13600136000\n') });
    expect(listCallLists(env.db)).toEqual([
      { id: 1, name: '五月名单', size: 3 },
      { id: 2, name: '四月名单', size: 1 },
    ]);
  });
});

describe('previewImport', () => {
  it('detects GBK, the headers, a suggested mapping and the first rows', async () => {
    env = scratch();
    const preview = await previewImport(env.file('p.csv', CSV, 'gbk'), 2);
    expect(preview.encoding).toBe('gb18030');
    expect(preview.headers).toEqual(['姓名', '手机', '公司', '备注']);
    expect(preview.suggestedMapping.map((m) => m.field)).toEqual(['name', 'phone', 'company', 'note']);
    expect(preview.rows).toEqual([
      ['张三', '138 0013 8000', '北京某某科技有限公司', '老客户'],
      ['李四', '（010）1234-5678转123', '上海某某贸易', ''],
    ]);
  });
});

describe('import report rows stored before details were facts', () => {
  it('reads the old English sentences back as facts', async () => {
    const { issueDetail } = await import('../../../../../../main/node/crm/repo/import-report');
    expect(issueDetail({ reason: 'duplicateInFile', value: '138', detail: 'same number as line 12' })).toEqual({ code: 'sameAsLine', line: 12 });
    expect(issueDetail({ reason: 'duplicateInDatabase', value: '138', detail: 'already stored for contact 7' })).toEqual({ code: 'existingContact', contactId: 7 });
    expect(issueDetail({ reason: 'dnc', value: '138', detail: 'do-not-call: complaint' })).toEqual({ code: 'onDnc', dncReason: 'complaint' });
    expect(issueDetail({ reason: 'highComplaint', value: '138', detail: '2+ complaints on record' })).toEqual({ code: 'complaints', count: 2 });
    expect(issueDetail({ reason: 'invalid', value: '', detail: 'no phone number' })).toEqual({ code: 'noPhone' });
    expect(issueDetail({ reason: 'duplicateInFile', value: '138', detail: 'garbled' })).toEqual({ code: 'none' });
  });
});

// An agent adding a number from the DNC panel must learn nothing from the answer about an entry the panel
// hides (a masked customer's number, or a masking campaign's refusal), and must not change it: the answer
// has to equal, byte for byte, what the same add gets on a database where the number is not listed at
// all (the "twin"), and the hidden row must stay exactly as it was. Campaign refusals and the admin tool
// still record over any entry.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DncReason } from '../../../../../../common/crm';
import { DncEntry } from '../../../../../../common/crm';
import { normalizePhone } from '../../../../../../common/phone';
import { openDatabase } from '../../../../../../main/node/store/open-database';
import { importContacts } from '../../../../../../main/node/crm/import/import-contacts';
import { addDnc, listDnc, type DncWriter } from '../../../../../../main/node/crm/repo/dnc-list';
import { crmDbHandlers } from '../../../../../../main/node/crm/crm-db-handlers';
import { handlersOn } from '../../../../../support/store/in-process-store';
import { archiveCampaign, saveCampaign } from '../../../../../../main/node/campaign/db/campaign-repo';
import { dispose, recordAttempt } from '../../../../../../main/node/campaign/db/lead-outcomes';
import { dncLookup } from '../../../../../../main/node/campaign/db/dial-history';
import { campaignInput } from '../../campaign/campaign-env';
import { scratch } from '../crm-test-db';

const MASKED_CSV = ['姓名,手机,座机', '张伟,138 0013 8000,010-62345678', '赵敏,0755-88886666转12,'].join('\n');
const OPEN_CSV = ['姓名,手机', '李娜,139-0013-8000'].join('\n');
const NOW = 1_767_000_000_000;

type Env = ReturnType<typeof scratch>;
const envs: Env[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const env of envs.splice(0)) env.cleanup();
});
afterAll(() => {
  for (const env of templates.splice(0)) env.cleanup();
});

/** Both lists, 'secret' masking 保密名单 and 'open' dialling 普通名单; with `entries`, the DNC rows below. */
async function world(entries: boolean): Promise<Env> {
  const env = scratch();
  await importContacts(env.db, { file: env.file('masked.csv', MASKED_CSV), listName: '保密名单' });
  await importContacts(env.db, { file: env.file('open.csv', OPEN_CSV), listName: '普通名单' });
  const list = (name: string) => String(env.db.prepare('SELECT id FROM lists WHERE name = ?').pluck().get(name));
  saveCampaign(env.db, campaignInput({ id: 'secret', listIds: [list('保密名单')], maskNumbers: true }), 0);
  saveCampaign(env.db, campaignInput({ id: 'open', listIds: [list('普通名单')] }), 0);
  if (entries) {
    addDnc(env.db, '13800138000', 'refused', 'agent', '客户说别再打', 1, 'admin'); // 张伟's mobile: hidden (masked customer)
    addDnc(env.db, '13700137000', 'refused', 'campaign:secret', 'disposition REFUSED', 2, 'admin'); // hidden (masking campaign's refusal)
    addDnc(env.db, '0755-88886666', 'complaint', 'agent', '', 3, 'admin'); // hidden: covers 赵敏's 转12
    addDnc(env.db, '13600136000', 'invalid', 'agent', '空号', 4, 'admin'); // nobody's: visible
  }
  env.db.close(); // the last connection's close checkpoints the WAL: the file alone is the database
  return env;
}

/** A private copy of a template world (importing takes a while; copying a file does not). */
function copyOf(template: Env): Env {
  const env = scratch();
  envs.push(env);
  env.db.close();
  copyFileSync(join(template.dir, 'crm.db'), join(env.dir, 'crm.db'));
  env.db = openDatabase(join(env.dir, 'crm.db'));
  return env;
}

/** Every row, each column as SQLite's own literal (type and bytes), so any change at all shows. */
const dump = (env: Env) =>
  env.db.prepare(`SELECT quote(phone_key) || ' ' || quote(reason) || ' ' || quote(source) || ' ' || quote(note) || ' ' || quote(created_at) FROM dnc ORDER BY phone_key`).pluck().all();
const panel = (env: Env) => listDnc(env.db, '', 100).map((e) => e.phoneKey);
const blocked = (env: Env, number: string) => {
  const parsed = normalizePhone(number);
  if (!parsed.ok) throw new Error(parsed.reason);
  return dncLookup(env.db)(parsed.phone);
};

const templates: Env[] = [];
let env: Env;
let twin: Env;
beforeAll(async () => {
  templates.push(await world(true), await world(false));
});
beforeEach(() => {
  env = copyOf(templates[0]!);
  twin = copyOf(templates[1]!);
});

describe('a desk add of a number whose entry the panel hides', () => {
  it('sees every hidden entry hidden, and the visible one listed (the premise)', () => {
    expect(panel(env)).toEqual(['+8613600136000']);
    expect(dump(env)).toHaveLength(4);
  });

  it.each([
    ['a masked customer\u2019s number', '+86 138-0013-8000', '+8613800138000'],
    ['a masking campaign\u2019s refusal', '137 0013 7000', '+8613700137000'],
    ['a bare number covering a masked customer\u2019s extension', '0755 8888 6666', '+8675588886666'],
  ])('%s: answers as for a number not listed, and changes nothing', (_kind, typed, key) => {
    const before = dump(env);
    const answer = addDnc(env.db, typed, 'complaint', 'agent', '骚扰投诉', NOW);
    const fresh = addDnc(twin.db, typed, 'complaint', 'agent', '骚扰投诉', NOW);
    expect(fresh).toEqual({ phoneKey: key, reason: 'complaint', source: 'agent', note: '骚扰投诉', createdAt: NOW });
    expect(JSON.stringify(answer)).toBe(JSON.stringify(fresh)); // same values, same key order
    expect(dump(env)).toEqual(before);
    expect(panel(env)).toEqual(['+8613600136000']); // still hidden
    expect(blocked(env, typed)).not.toBeNull(); // still enforced
  });

  it('answers the same through the worker\u2019s handler (the IPC path), with createdAt = now', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const before = dump(env);
    const request = { number: '13800138000', reason: 'regulator', note: '' };
    const answer = DncEntry.parse(handlersOn(crmDbHandlers, env.db).dncAdd(request));
    const fresh = DncEntry.parse(handlersOn(crmDbHandlers, twin.db).dncAdd(request));
    expect(JSON.stringify(answer)).toBe(JSON.stringify(fresh));
    expect(answer).toEqual({ phoneKey: '+8613800138000', reason: 'regulator', source: 'agent', note: '', createdAt: NOW });
    expect(dump(env)).toEqual(before);
  });

  it('cannot unhide an entry by writing a source over it', () => {
    const before = dump(env);
    addDnc(env.db, '13700137000', 'refused', 'campaign:open', '', NOW);
    addDnc(env.db, '13800138000', 'refused', 'agent', '', NOW);
    expect(dump(env)).toEqual(before);
    expect(panel(env)).toEqual(['+8613600136000']);
  });

  it('updates the entry as before once its campaign no longer masks (the rule is live, not fixed)', () => {
    archiveCampaign(env.db, 'secret', true, 0);
    expect(addDnc(env.db, '13800138000', 'complaint', 'agent', '改投诉', NOW)).toEqual({
      phoneKey: '+8613800138000', reason: 'complaint', source: 'agent', note: '改投诉', createdAt: 1,
    });
  });
});

describe('a desk add of a number with no entry', () => {
  it('records a masked customer\u2019s number the panel then hides; adding it again changes nothing and answers alike', () => {
    const first = addDnc(env.db, '010-62345678', 'refused', 'agent', '第一次', NOW); // 张伟's landline, not listed yet
    expect(JSON.stringify(first)).toBe(JSON.stringify(addDnc(twin.db, '010-62345678', 'refused', 'agent', '第一次', NOW)));
    expect(dump(env)).toContain(`'+861062345678' 'refused' 'agent' '第一次' ${NOW}`);
    expect(panel(env)).toEqual(['+8613600136000']);
    expect(blocked(env, '+86 10 6234 5678')).toBe('refused');

    const before = dump(env);
    const again = addDnc(env.db, '+86 10 6234 5678', 'complaint', 'agent', '第二次', NOW + 5);
    expect(again).toEqual({ phoneKey: '+861062345678', reason: 'complaint', source: 'agent', note: '第二次', createdAt: NOW + 5 });
    expect(dump(env)).toEqual(before);
  });

  it('records a number nobody masks, and the panel lists it', () => {
    expect(addDnc(env.db, '13500135000', 'refused', 'agent', '', NOW)).toEqual({ phoneKey: '+8613500135000', reason: 'refused', source: 'agent', note: '', createdAt: NOW });
    expect(panel(env)).toEqual(['+8613500135000', '+8613600136000']);
  });
});

describe('a desk add of a visible entry', () => {
  it('updates reason, source and note, keeps createdAt, and answers the stored entry', () => {
    const answer = addDnc(env.db, '136-0013-6000', 'complaint', 'agent', '其实是投诉', NOW);
    expect(answer).toEqual({ phoneKey: '+8613600136000', reason: 'complaint', source: 'agent', note: '其实是投诉', createdAt: 4 });
    expect(dump(env)).toContain(`'+8613600136000' 'complaint' 'agent' '其实是投诉' 4`);
    expect(panel(env)).toEqual(['+8613600136000']);
  });
});

describe('campaign refusals and the admin tool', () => {
  it('records a masking campaign\u2019s refusal over a hidden entry, as before (dispose)', () => {
    const contactId = env.db.prepare("SELECT id FROM contacts WHERE name = '张伟'").pluck().get() as number;
    const agent = { agentId: 'a1', now: NOW };
    const attemptId = recordAttempt(env.db, { ...agent, campaignId: 'secret', contactId, phoneIndex: 0, outcome: 'answered', startedAt: NOW - 60_000, callLogId: null });
    expect(dispose(env.db, { ...agent, attemptId, code: 'REFUSED', callback: null, outcome: null }).dncAdded).toBe(true);
    expect(dump(env)).toContain(`'+8613800138000' 'refused' 'campaign:secret' 'disposition REFUSED' 1`);
  });

  it.each<[DncWriter]>([['campaign'], ['admin']])('from %s, overwrites a hidden entry and answers it', (from) => {
    expect(addDnc(env.db, '13700137000', 'complaint', 'cli', '管理员改', NOW, from)).toEqual({
      phoneKey: '+8613700137000', reason: 'complaint', source: 'cli', note: '管理员改', createdAt: 2,
    });
    expect(dump(env)).toContain(`'+8613700137000' 'complaint' 'cli' '管理员改' 2`);
  });
});

describe('bad input', () => {
  it.each<[DncWriter]>([['desk'], ['campaign'], ['admin']])('from %s, refuses what is not a phone number and changes nothing', (from) => {
    const before = dump(env);
    for (const number of ['138****8000', 'abc', '12345', '']) {
      expect(() => addDnc(env.db, number, 'refused', 'agent', '', NOW, from)).toThrow(/^not a phone number: /);
    }
    expect(dump(env)).toEqual(before);
  });

  it('fails a bad reason the same way whether the number is hidden or not listed', () => {
    const before = dump(env);
    const bad = 'angry' as DncReason;
    expect(() => addDnc(env.db, '13800138000', bad, 'agent', '', NOW)).toThrow(/CHECK constraint failed/);
    expect(() => addDnc(twin.db, '13800138000', bad, 'agent', '', NOW)).toThrow(/CHECK constraint failed/);
    expect(() => handlersOn(crmDbHandlers, env.db).dncAdd({ number: '13800138000', reason: 'angry' })).toThrow(/reason/);
    expect(dump(env)).toEqual(before);
  });
});

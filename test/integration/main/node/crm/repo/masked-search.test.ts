// A masked campaign's customer must not be findable by the digits of their numbers: the list would show
// only 138****8000, but a hit tells the agent the typed digits are theirs. Every fragment below is first
// shown to find the customer when nothing masks them (so the table cannot pass by searching nothing),
// then shown to find only the unmasked look-alike once their campaign masks numbers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchRequest } from '../../../../../../common/crm';
import { importContacts } from '../../../../../../main/node/crm/import/import-contacts';
import { countContacts, searchContacts } from '../../../../../../main/node/crm/repo/search-contacts';
import { getContactCard } from '../../../../../../main/node/crm/repo/contact-card';
import { logCall } from '../../../../../../main/node/crm/repo/contact-edits';
import { addDnc, listDnc, removeDnc } from '../../../../../../main/node/crm/repo/dnc-list';
import { crmDbHandlers } from '../../../../../../main/node/crm/crm-db-handlers';
import { handlersOn } from '../../../../../support/store/in-process-store';
import { dncLookup } from '../../../../../../main/node/campaign/db/dial-history';
import { normalizePhone } from '../../../../../../common/phone';
import { LogCallRequest } from '../../../../../../common/crm';
import { scratch } from '../crm-test-db';

// 张伟 (masked list) and 李娜 (open list) share every fragment but the full numbers: 138/139 0013 8000,
// 010-6234 5678/5679, and 0755 8888 6666 转 12 / 0755 8888 6667.
const MASKED_CSV = ['姓名,手机,座机,公司', '张伟,138 0013 8000,010-62345678,星光科技', '赵敏,0755-88886666转12,,前海物流'].join('\n');
const OPEN_CSV = ['姓名,手机,座机,公司', '李娜,139-0013-8000,010-62345679,海天贸易', '周杰,0755-88886667,,前海物流'].join('\n');

let env: ReturnType<typeof scratch>;
const names = (query: string) => searchContacts(env.db, SearchRequest.parse({ query })).items.map((c) => c.name);
const count = (query: string) => countContacts(env.db, SearchRequest.parse({ query })).total;
const listId = (name: string) => env.db.prepare('SELECT id FROM lists WHERE name = ?').pluck().get(name) as number;
const idOf = (name: string) => env.db.prepare('SELECT id FROM contacts WHERE name = ?').pluck().get(name) as number;

function saveCampaign(id: string, list: string, maskNumbers: boolean, archived = false): void {
  env.db
    .prepare(
      `INSERT INTO campaigns(id, settings, archived, created_at, updated_at) VALUES (?, ?, ?, 0, 0)
       ON CONFLICT(id) DO UPDATE SET settings = excluded.settings, archived = excluded.archived`,
    )
    .run(id, JSON.stringify({ maskNumbers, listIds: [listId(list)] }), archived ? 1 : 0);
}

beforeEach(async () => {
  env = scratch();
  await importContacts(env.db, { file: env.file('masked.csv', MASKED_CSV), listName: '保密名单' });
  await importContacts(env.db, { file: env.file('open.csv', OPEN_CSV), listName: '普通名单' });
  saveCampaign('open', '普通名单', false);
});
afterEach(() => env.cleanup());

describe('number search and masked customers', () => {
  // [query, customers it finds when unmasked, and when 张伟/赵敏's campaign masks numbers]
  it.each([
    ['8000', ['张伟', '李娜'], ['李娜']], // last four digits (the mask shows them, the match must not confirm them)
    ['0013', ['张伟', '李娜'], ['李娜']],
    ['138', ['张伟', '李娜'], ['李娜']], // the shortest number search (139 0013 8000 holds 138 too)
    ['1380013', ['张伟'], []],
    ['13800138000', ['张伟'], []],
    ['138 0013 8000', ['张伟'], []],
    ['138-0013-8000', ['张伟'], []],
    ['(138) 0013-8000', ['张伟'], []],
    ['+86 138 0013 8000', ['张伟'], []],
    ['+8613800138000', ['张伟'], []],
    ['0086 138 0013 8000', ['张伟'], []],
    ['１３８００１３８０００', ['张伟'], []], // full-width digits
    ['0013 8000', ['张伟', '李娜'], ['李娜']],
    ['6234567', ['张伟', '李娜'], ['李娜']],
    ['010-62345678', ['张伟'], []], // landline with trunk 0
    ['62345678', ['张伟'], []],
    ['+86 10 6234 5678', ['张伟'], []],
    ['5678', ['张伟'], []],
    ['0755 8888 666', ['赵敏', '周杰'], ['周杰']], // the number of an extension line
    ['88886666', ['赵敏'], []],
  ])('%j finds %j unmasked and %j masked', (query, unmasked, masked) => {
    saveCampaign('secret', '保密名单', false);
    expect(names(query)).toEqual(unmasked);
    expect(count(query)).toBe(unmasked.length);

    saveCampaign('secret', '保密名单', true);
    expect(names(query)).toEqual(masked);
    expect(count(query)).toBe(masked.length);

    saveCampaign('secret', '保密名单', true, true); // archiving the campaign shows (and finds) numbers again
    expect(names(query)).toEqual(unmasked);
  });

  it('still finds a masked customer by name and company, shown masked', () => {
    saveCampaign('secret', '保密名单', true);
    for (const query of ['张伟', '张', '星光科技']) {
      const [row, ...rest] = searchContacts(env.db, SearchRequest.parse({ query })).items;
      expect(rest).toEqual([]);
      expect(row).toMatchObject({ name: '张伟', masked: true, primaryPhone: '138****8000' });
    }
    expect(names('前海物流')).toEqual(['赵敏', '周杰']);
    expect(count('前海物流')).toBe(2);
    // the list filter alone is not a number search: the whole masked list is still browsable
    expect(searchContacts(env.db, SearchRequest.parse({ listId: listId('保密名单') })).items.map((c) => c.name)).toEqual(['张伟', '赵敏']);
  });

  it('keeps masked customers out of number searches combined with other filters and paging', () => {
    saveCampaign('secret', '保密名单', true);
    const crm = handlersOn(crmDbHandlers, env.db);
    const page = (p: object) => (crm.search(p) as { items: { name: string }[] }).items.map((c) => c.name);
    expect(page({ query: '8000', listId: listId('保密名单') })).toEqual([]);
    expect(page({ query: '8000', afterId: 0, limit: 1 })).toEqual(['李娜']);
    expect(page({ query: '8000', offset: 0, limit: 500 })).toEqual(['李娜']);
    expect(crm.count({ query: '0013' })).toEqual({ total: 1, exact: true });
  });

  it('gives the short-query routes nothing about numbers: 1-2 digits search names only', () => {
    saveCampaign('secret', '保密名单', true);
    for (const query of ['1', '80', '+86', '00']) expect(names(query)).toEqual([]);
  });
});

describe('recognising a masked customer by the full number (inbound screen-pop)', () => {
  it('links an inbound call to the masked customer by the full number and shows it masked', () => {
    saveCampaign('secret', '保密名单', true);
    const id = logCall(env.db, LogCallRequest.parse({ line: 'gsm1', direction: 'inbound', number: '+86 138 0013 8000', startedAt: 1000 }));
    const contactId = env.db.prepare('SELECT contact_id FROM call_log WHERE id = ?').pluck().get(id);
    expect(contactId).toBe(idOf('张伟'));
    const card = getContactCard(env.db, idOf('张伟'));
    expect(card.masked).toBe(true);
    expect(card.calls.map((c) => c.number)).toEqual(['138****8000']);
    expect(JSON.stringify(card)).not.toContain('00138000');
  });
});

describe('the DNC panel and masked customers', () => {
  const keys = () => listDnc(env.db, '', 100).map((e) => e.phoneKey);

  beforeEach(() => {
    addDnc(env.db, '13800138000', 'refused', 'agent', '', 1); // 张伟's mobile
    addDnc(env.db, '0755-88886666', 'complaint', 'agent', '', 2); // 赵敏's number (theirs has 转12)
    addDnc(env.db, '13700137000', 'refused', 'campaign:secret', 'disposition refused', 3); // a refusal in the masked campaign
    addDnc(env.db, '13900138000', 'refused', 'agent', '', 4); // 李娜's
    addDnc(env.db, '13600136000', 'invalid', 'agent', '', 5); // nobody's
  });

  it('lists every entry while nothing masks', () => {
    expect(keys()).toEqual(['+8613600136000', '+8613700137000', '+8613800138000', '+8613900138000', '+8675588886666']);
  });

  it('leaves masked numbers out of the list and out of afterKey probes, but still enforces them', () => {
    saveCampaign('secret', '保密名单', true);
    expect(keys()).toEqual(['+8613600136000', '+8613900138000']);
    // probing with afterKey right below the hidden number tells nothing about it
    expect(listDnc(env.db, '+8613800137999', 1).map((e) => e.phoneKey)).toEqual(['+8613900138000']);
    const blocked = dncLookup(env.db);
    for (const n of ['13800138000', '0755-88886666转12', '13700137000']) {
      const parsed = normalizePhone(n);
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(blocked(parsed.phone)).not.toBeNull();
    }
  });

  it('answers an agent removing a hidden entry exactly as for a number not listed, keeps it, and rejects a mask', () => {
    saveCampaign('secret', '保密名单', true);
    expect(() => removeDnc(env.db, '138****8000')).toThrow(/not a phone number/);
    expect(removeDnc(env.db, '+86 138 0013 8000')).toBe(false); // hidden: as if not listed, and still blocked
    expect(removeDnc(env.db, '+86 131 0013 1000')).toBe(false); // really not listed: the same answer
    expect(removeDnc(env.db, '13600136000')).toBe(true); // a visible entry goes
    saveCampaign('secret', '保密名单', false);
    expect(keys()).toContain('+8613800138000');
    expect(keys()).toHaveLength(4);
  });

  it('marks the list rows of customers with a listed number, masked ones too, whose rows still name no digit', () => {
    saveCampaign('secret', '保密名单', true);
    const rows = searchContacts(env.db, SearchRequest.parse({})).items;
    expect(rows.map((r) => [r.name, r.masked, r.dnc ?? false, r.primaryPhone])).toEqual([
      ['张伟', true, true, '138****8000'],
      ['赵敏', true, true, '0755****6666'],
      ['李娜', false, true, '+8613900138000'],
      ['周杰', false, false, '+8675588886667'],
    ]);
    expect(JSON.stringify(rows.slice(0, 2))).not.toMatch(/00138000|8888/);
  });

  it('lets the admin tool remove a hidden entry', () => {
    saveCampaign('secret', '保密名单', true);
    expect(removeDnc(env.db, '+86 138 0013 8000', 'admin')).toBe(true);
    saveCampaign('secret', '保密名单', false);
    expect(keys()).not.toContain('+8613800138000');
  });
});

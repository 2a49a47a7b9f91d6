import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogCallRequest, SearchRequest } from '../../../../../../common/crm';
import type { SearchRequest as SearchInput } from '../../../../../../common/crm';
import { importContacts } from '../../../../../../main/node/crm/import/import-contacts';
import { countContacts, searchContacts } from '../../../../../../main/node/crm/repo/search-contacts';
import { getContactCard } from '../../../../../../main/node/crm/repo/contact-card';
import {
  addNote, completeFollowUp, logCall, scheduleFollowUp, setDisposition, setTags, updateContact,
} from '../../../../../../main/node/crm/repo/contact-edits';
import { NotFoundError } from '../../../../../../main/node/store/store-errors';
import { addContactPhoneToDnc, addDnc, listDnc, removeDnc } from '../../../../../../main/node/crm/repo/dnc-list';
import { scratch } from '../crm-test-db';

const CSV = [
  '姓名,手机,公司',
  '王,13800138000,北京星光科技有限公司',
  '王芳,13900139000,上海海天贸易',
  '王小明,010-62345678,北京星光科技有限公司',
  '李雷,0755-88886666转12,深圳前海物流',
  '韩梅梅,186 1234 5678,',
].join('\n');

let env: ReturnType<typeof scratch>;
const search = (input: SearchInput) => searchContacts(env.db, SearchRequest.parse(input)).items.map((c) => c.name);
const idOf = (name: string) => env.db.prepare('SELECT id FROM contacts WHERE name = ?').pluck().get(name) as number;

beforeEach(async () => {
  env = scratch();
  await importContacts(env.db, { file: env.file('c.csv', CSV), listName: '名单A' });
});
afterEach(() => env.cleanup());

describe('search', () => {
  it.each([
    ['0013', ['王', '王芳']], // 138 0013 8000 and 139 0013 9000
    ['3800', ['王']],
    ['138-0013', ['王']],
    ['010 6234', ['王小明']],
    ['6234567', ['王小明']],
    ['8888', ['李雷']],
    ['王', ['王', '王芳', '王小明']], // 1 character: name prefix
    ['王芳', ['王芳']], // 2 characters: name prefix
    ['王小明', ['王小明']], // trigram
    ['小明', []], // 2-character infix is not searched (prefix only below 3 characters)
    ['星光科技', ['王', '王小明']],
    ['北京', ['王', '王小明']], // company prefix
    ['前海物流', ['李雷']],
    ['', ['王', '王芳', '王小明', '李雷', '韩梅梅']],
    ['"*', []], // FTS syntax characters are searched literally, not interpreted
  ])('query %j finds %j', (query, names) => {
    expect(search({ query })).toEqual(names);
  });

  it('filters by tag, list, last outcome and follow-up due time', () => {
    setTags(env.db, idOf('王芳'), ['VIP']);
    logCall(env.db, LogCallRequest.parse({ line: 'sip1', direction: 'outbound', number: '+86 139 0013 9000', startedAt: 1000, outcome: 'answered', disposition: 'interested' }));
    scheduleFollowUp(env.db, idOf('李雷'), 5000, '回电');
    const listId = env.db.prepare('SELECT id FROM lists').pluck().get() as number;
    expect(search({ tag: 'VIP' })).toEqual(['王芳']);
    expect(search({ listId, query: '王' })).toEqual(['王', '王芳', '王小明']);
    expect(search({ lastOutcome: 'interested' })).toEqual(['王芳']);
    expect(search({ followUpDueBefore: 6000 })).toEqual(['李雷']);
    expect(search({ followUpDueBefore: 4000 })).toEqual([]);
  });

  it('pages by keyset and by offset, and counts with a cap', () => {
    const first = searchContacts(env.db, SearchRequest.parse({ limit: 2 }));
    const second = searchContacts(env.db, SearchRequest.parse({ limit: 2, afterId: first.nextAfterId! }));
    const byOffset = searchContacts(env.db, SearchRequest.parse({ limit: 2, offset: 2 }));
    expect(first.items.map((c) => c.name)).toEqual(['王', '王芳']);
    expect(second.items).toEqual(byOffset.items);
    expect(countContacts(env.db, SearchRequest.parse({}))).toEqual({ total: 5, exact: true });
    expect(countContacts(env.db, SearchRequest.parse({ query: '王' }))).toEqual({ total: 3, exact: true });
  });
});

describe('the card shows the do-not-call list', () => {
  it('marks exactly the numbers on the list, whatever spelling put them there', () => {
    const card = () => getContactCard(env.db, idOf('王'));
    expect(card().phones[0]!.dnc).toBeUndefined();
    addDnc(env.db, '+86 138-0013-8000', 'refused', 'agent');
    expect(card().phones[0]).toMatchObject({ e164: '+8613800138000', dnc: true });
    expect(getContactCard(env.db, idOf('王芳')).phones[0]!.dnc).toBeUndefined();
  });

  it('marks an extension whose bare number is on the list, as dialling refuses it', () => {
    addDnc(env.db, '0755 8888 6666', 'complaint', 'agent'); // the switchboard: every extension of it
    expect(getContactCard(env.db, idOf('李雷')).phones[0]).toMatchObject({ extension: '12', dnc: true });
  });

  it('puts a number on the list from the card by its place, and refuses a place that holds none', () => {
    addContactPhoneToDnc(env.db, idOf('李雷'), 0, 'refused');
    expect(getContactCard(env.db, idOf('李雷')).phones[0]).toMatchObject({ dnc: true });
    // the row's own key, extension included: that extension, not the whole switchboard
    expect(listDnc(env.db, '', 10).map((e) => [e.phoneKey, e.reason, e.source])).toEqual([['+8675588886666;ext=12', 'refused', 'agent']]);
    expect(() => addContactPhoneToDnc(env.db, idOf('李雷'), 3, 'refused')).toThrow(NotFoundError);
  });
});

describe('the list rows say which contacts have a number on the DNC list', () => {
  const marked = (input: SearchInput = {}) => searchContacts(env.db, SearchRequest.parse(input)).items.filter((c) => c.dnc).map((c) => c.name);

  it('marks a contact when any of its numbers is listed, an extension by its bare number too, on every kind of page', () => {
    expect(marked()).toEqual([]);
    addDnc(env.db, '+86 138-0013-8000', 'refused', 'agent'); // 王
    addDnc(env.db, '0755 8888 6666', 'complaint', 'agent'); // covers 李雷's 转12
    expect(marked()).toEqual(['王', '李雷']);
    expect(searchContacts(env.db, SearchRequest.parse({})).items.find((c) => c.name === '王芳')).not.toHaveProperty('dnc');
    expect(marked({ query: '王' })).toEqual(['王']);
    expect(marked({ query: '8888' })).toEqual(['李雷']);
    expect(marked({ offset: 3, limit: 2 })).toEqual(['李雷']);
    expect(marked({ afterId: idOf('王'), limit: 3 })).toEqual(['李雷']);
    expect(getContactCard(env.db, idOf('李雷')).dnc).toBe(true); // the card says it as the row does
    removeDnc(env.db, '0755-88886666');
    expect(marked()).toEqual(['王']);
  });
});

describe('contact card edits', () => {
  it('updates fields, notes, tags, follow-ups and dispositions and shows them on the card', () => {
    const id = idOf('王芳');
    updateContact(env.db, { id, name: '王芳芳', company: '海天集团' }, 10);
    addNote(env.db, id, '客户要求下午联系', 20);
    setTags(env.db, id, ['VIP', '回访', 'VIP'], 30);
    scheduleFollowUp(env.db, id, 9000, '确认报价', 40);
    const earlier = scheduleFollowUp(env.db, id, 7000, '先发资料', 41);
    completeFollowUp(env.db, earlier, 50);
    const call = logCall(env.db, LogCallRequest.parse({ line: 'gsm2', direction: 'outbound', number: '13900139000', startedAt: 60, outcome: 'noAnswer' }));
    setDisposition(env.db, call, 'callback', 70);

    const card = getContactCard(env.db, id);
    expect(card).toMatchObject({ name: '王芳芳', company: '海天集团', tags: ['VIP', '回访'], lists: ['名单A'], lastOutcome: 'callback', nextFollowUpAt: 9000 });
    expect(card.notes.map((n) => n.body)).toEqual(['客户要求下午联系']);
    expect(card.followUps.map((f) => [f.reason, f.doneAt])).toEqual([['先发资料', 50], ['确认报价', null]]);
    expect(card.calls.map((c) => [c.number, c.disposition])).toEqual([['+8613900139000', 'callback']]);
    expect(card.phones.map((p) => p.e164)).toEqual(['+8613900139000']);
    // the search index follows the rename
    expect(search({ query: '王芳芳' })).toEqual(['王芳芳']);
  });

  it.each([
    ['getContactCard', () => getContactCard(env.db, 999)],
    ['addNote', () => addNote(env.db, 999, 'x')],
    ['setDisposition', () => setDisposition(env.db, 999, 'x')],
    ['completeFollowUp', () => completeFollowUp(env.db, 999, 1)],
  ])('%s on a missing id throws NotFoundError', (_name, act) => {
    expect(act).toThrow(NotFoundError);
  });
});

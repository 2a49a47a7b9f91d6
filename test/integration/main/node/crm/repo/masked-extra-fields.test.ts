// A masked campaign's customer reaches the page with every number masked: the columns the CRM did not
// recognise (kept as contacts.extra) and the imported 备注 (kept as a note) included. Imported for real
// into a real SQLite CRM; the same card is read straight from the repo, through the worker's handler
// table and through the real worker thread. Masking is a view: the database keeps every digit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SearchRequest } from '../../../../../../common/crm';
import { importContacts } from '../../../../../../main/node/crm/import/import-contacts';
import { getContactCard } from '../../../../../../main/node/crm/repo/contact-card';
import { addNote, updateContact } from '../../../../../../main/node/crm/repo/contact-edits';
import { countContacts, searchContacts } from '../../../../../../main/node/crm/repo/search-contacts';
import { crmDbHandlers } from '../../../../../../main/node/crm/crm-db-handlers';
import { handlersOn } from '../../../../../support/store/in-process-store';
import { StoreClient } from '../../../../../../main/node/store/store-client';
import type { StoreHandlers } from '../../../../../../main/node/store-worker/store-handlers';
import { scratch } from '../crm-test-db';

const HEADER = '姓名,手机,公司,备用电话,紧急联系人电话,微信,QQ,订单号,下单日期,地址,备注';
// 张伟 is in the masked list; 李娜 (open list) carries the same kind of extras, and her own mobile is
// the number in 张伟's 微信 column, so searching it finds someone.
const MASKED_CSV = [HEADER, '张伟,13800138000,星光科技,0755-88886666,"139 0013 9000","wx13700137000",123456789,DD20261124001,2026-11-24,深圳市南山区科技园8栋,老板手机13600136000'].join('\n');
const OPEN_CSV = [HEADER, '李娜,13700137000,海天贸易,010-62345678,135-0013-5000,lina2026,987654321,DD20261124002,2026-11-25,北京市朝阳区,老板手机13300133000'].join('\n');

const ZHANG_EXTRA = {
  备用电话: '0755-88886666',
  紧急联系人电话: '139 0013 9000',
  微信: 'wx13700137000',
  QQ: '123456789',
  订单号: 'DD20261124001',
  下单日期: '2026-11-24',
  地址: '深圳市南山区科技园8栋',
};
const ZHANG_MASKED = {
  备用电话: '0755****6666',
  紧急联系人电话: '139****9000',
  微信: 'wx137****7000',
  QQ: '1****6789',
  订单号: 'DD202****4001',
  下单日期: '2026-11-24',
  地址: '深圳市南山区科技园8栋',
};
const LI_EXTRA = {
  备用电话: '010-62345678',
  紧急联系人电话: '135-0013-5000',
  微信: 'lina2026',
  QQ: '987654321',
  订单号: 'DD20261124002',
  下单日期: '2026-11-25',
  地址: '北京市朝阳区',
};

let env: ReturnType<typeof scratch>;
const listId = (name: string) => env.db.prepare('SELECT id FROM lists WHERE name = ?').pluck().get(name) as number;
const idOf = (name: string) => env.db.prepare('SELECT id FROM contacts WHERE name = ?').pluck().get(name) as number;
const names = (query: string) => searchContacts(env.db, SearchRequest.parse({ query })).items.map((c) => c.name);

function maskList(list: string, maskNumbers: boolean): void {
  env.db
    .prepare(
      `INSERT INTO campaigns(id, settings, archived, created_at, updated_at) VALUES (?, ?, 0, 0, 0)
       ON CONFLICT(id) DO UPDATE SET settings = excluded.settings`,
    )
    .run(`campaign-${list}`, JSON.stringify({ maskNumbers, listIds: [listId(list)] }));
}

beforeEach(async () => {
  env = scratch();
  await importContacts(env.db, { file: env.file('masked.csv', MASKED_CSV), listName: '保密名单' });
  await importContacts(env.db, { file: env.file('open.csv', OPEN_CSV), listName: '普通名单' });
  maskList('普通名单', false);
});
afterEach(() => env.cleanup());

describe('the card of a masked customer', () => {
  it('shows the imported columns exactly while nothing masks, so the table below is about masking', () => {
    maskList('保密名单', false);
    const card = getContactCard(env.db, idOf('张伟'));
    expect(card.masked).toBe(false);
    expect(card.extra).toEqual(ZHANG_EXTRA);
    expect(card.notes.map((n) => n.body)).toEqual(['老板手机13600136000']);
  });

  it('masks every number in the extra fields and notes, keeps dates and words, and stores nothing masked', () => {
    maskList('保密名单', true);
    addNote(env.db, idOf('张伟'), '客户说换号了：186 0018 6000，周五再打', 5);
    env.db.prepare('INSERT INTO follow_ups(contact_id, due_at, reason, done_at, created_at) VALUES (?, ?, ?, NULL, 5)').run(idOf('张伟'), 10, '打他新号 186 0018 6000');
    const card = getContactCard(env.db, idOf('张伟'));
    expect(card.masked).toBe(true);
    expect(card.extra).toEqual(ZHANG_MASKED);
    expect(card.notes.map((n) => n.body).sort()).toEqual(['客户说换号了：186****6000，周五再打', '老板手机136****6000']);
    expect(card.followUps.map((f) => f.reason)).toEqual(['打他新号 186****6000']);
    // no real digits of any number anywhere in what the page receives
    const json = JSON.stringify(card);
    for (const digits of ['88886666', '00139000', '00137000', '23456789', '00136000', '00186000', '13800138000']) expect(json).not.toContain(digits);

    const stored = env.db.prepare('SELECT extra FROM contacts WHERE id = ?').pluck().get(idOf('张伟')) as string;
    expect(JSON.parse(stored)).toEqual(ZHANG_EXTRA);
    maskList('保密名单', false); // the campaign stops masking: everything is back, nothing was lost
    expect(getContactCard(env.db, idOf('张伟')).extra).toEqual(ZHANG_EXTRA);
  });

  it('masks numbers a misaligned import left in the name and company, on the card and in the list', () => {
    const id = idOf('张伟');
    updateContact(env.db, { id, name: '王总13912345678', company: '星光科技 0755-88886666' }, 7);
    maskList('保密名单', true);
    const card = getContactCard(env.db, id);
    expect([card.name, card.company]).toEqual(['王总139****5678', '星光科技 0755****6666']);
    const listed = searchContacts(env.db, SearchRequest.parse({ query: '王总' })).items;
    expect(listed.map((c) => [c.name, c.company])).toEqual([['王总139****5678', '星光科技 0755****6666']]);
    maskList('保密名单', false);
    expect(getContactCard(env.db, id).name).toBe('王总13912345678');
  });

  it('refuses to save extra fields over a masked customer\u2019s real ones (the page only has the masks), and changes nothing', () => {
    maskList('保密名单', true);
    const id = idOf('张伟');
    expect(() => updateContact(env.db, { id, name: '张伟伟', extra: ZHANG_MASKED }, 9)).toThrow(/masked/);
    expect(env.db.prepare('SELECT name, extra FROM contacts WHERE id = ?').get(id)).toEqual({ name: '张伟', extra: JSON.stringify(ZHANG_EXTRA) });
    updateContact(env.db, { id, name: '张伟伟' }, 9); // the name alone may change
    expect(getContactCard(env.db, id).name).toBe('张伟伟');
    updateContact(env.db, { id: idOf('李娜'), extra: { ...LI_EXTRA, 微信: 'lina2027' } }, 9); // an open customer's extras may change
    expect(getContactCard(env.db, idOf('李娜')).extra.微信).toBe('lina2027');
  });

  it('leaves an unmasked customer\u2019s extras and notes untouched while another list is masked', () => {
    maskList('保密名单', true);
    const card = getContactCard(env.db, idOf('李娜'));
    expect(card.masked).toBe(false);
    expect(card.extra).toEqual(LI_EXTRA);
    expect(card.notes.map((n) => n.body)).toEqual(['老板手机13300133000']);
  });

  it('masks the card the worker answers, through its handler table and through the real worker thread', async () => {
    maskList('保密名单', true);
    const viaHandlers = handlersOn(crmDbHandlers, env.db).getContact({ id: idOf('张伟') }) as { extra: Record<string, string> };
    expect(viaHandlers.extra).toEqual(ZHANG_MASKED);

    const client = new StoreClient<StoreHandlers>(join(env.dir, 'crm.db'));
    try {
      const card = await client.api.getContact({ id: idOf('张伟') });
      expect(card.extra).toEqual(ZHANG_MASKED);
      expect((await client.api.getContact({ id: idOf('李娜') })).extra).toEqual(LI_EXTRA);
    } finally {
      await client.close();
    }
  });
});

describe('search and a masked customer\u2019s extra fields', () => {
  it('cannot find a masked customer by the digits or the text of an extra field or note', () => {
    maskList('保密名单', true);
    // the 微信 column's number is 李娜's mobile: the search works, and finds her alone
    expect(names('13700137000')).toEqual(['李娜']);
    expect(names('137 0013 7000')).toEqual(['李娜']);
    for (const query of ['88886666', '0755-88886666', '139 0013 9000', '1390013', '123456789', '13600136000', '20261124001', '老板手机', '老板手机13600136000', 'wx137', '科技园8栋']) {
      expect(names(query), query).not.toContain('张伟');
      expect(countContacts(env.db, SearchRequest.parse({ query })).total, query).toBe(names(query).length);
    }
  });

  it('indexes only name, company and phones: extras or notes entering the index must keep masked customers out of digit searches', () => {
    const columns = env.db.prepare(`SELECT name FROM pragma_table_info('contact_search')`).pluck().all();
    // if this changes, search-contacts.ts must apply NOT IS_MASKED_CONTACT to digit matches on the new column
    expect(columns).toEqual(['name', 'company', 'phones']);
  });
});

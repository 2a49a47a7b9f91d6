import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreClient } from '../../../../../main/node/store/store-client';
import type { StoreHandlers, AppStoreClient } from '../../../../../main/node/store-worker/store-handlers';
import { StoreError } from '../../../../../main/node/store/store-errors';
import { scratch } from '../crm/crm-test-db';

let env: ReturnType<typeof scratch>;
let client: AppStoreClient | undefined;
afterEach(async () => {
  await client?.close();
  env.cleanup();
});

describe('StoreClient (DB and import workers)', () => {
  it('previews, imports with progress, searches and edits through the workers', async () => {
    env = scratch();
    const rows = Array.from({ length: 3000 }, (_, i) => `客户${i},1380000${String(i).padStart(4, '0')}`);
    const file = env.file('list.csv', ['姓名,手机', ...rows, '重复,13800000000'].join('\n'), 'gbk');
    client = new StoreClient<StoreHandlers>(join(env.dir, 'crm.db'));

    const preview = await client.api.previewImport({ file, rows: 1 });
    expect(preview).toMatchObject({ encoding: 'gb18030', headers: ['姓名', '手机'], rows: [['客户0', '13800000000']] });

    const job = client.startImport({ file, listName: '测试' });
    const progress: number[] = [];
    job.on('progress', (p) => progress.push(p.rows));
    const summary = await job.done;
    expect(summary).toMatchObject({ status: 'completed', rows: 3001, imported: 3000, duplicates: 1 });
    expect(progress.at(-1)).toBe(3001);

    const page = await client.api.search({ query: '800 0000 12', limit: 5 });
    expect(page.items.map((c) => c.name)).toEqual(['客户12']);
    const id = page.items[0]!.id;
    await client.api.addNote({ contactId: id, body: '已联系' });
    expect((await client.api.getContact({ id: id })).notes.map((n) => n.body)).toEqual(['已联系']);
    expect(await client.api.count({})).toEqual({ total: 3000, exact: true });
    expect(await client.api.lists()).toEqual([{ id: 1, name: '测试', size: 3000 }]);
    expect(await client.api.importIssues({ jobId: summary.jobId })).toEqual([
      { line: 3002, reason: 'duplicateInFile', value: '13800000000', detail: { code: 'sameAsLine', line: 2 } },
    ]);
  });

  it('returns errors as typed values: bad input, not found, each with the reason the page says', async () => {
    env = scratch();
    client = new StoreClient<StoreHandlers>(join(env.dir, 'crm.db'));
    await expect(client.api.getContact({ id: 42 })).rejects.toMatchObject({ code: 'notFound', reason: { key: 'contact.missing' } });
    await expect(client.api.search({ limit: 0 })).rejects.toBeInstanceOf(StoreError);
    await expect(client.api.dncAdd({ number: '12345', reason: 'refused' })).rejects.toMatchObject({ code: 'badInput', reason: { key: 'dnc.notPhone' } });
    await expect(client.startImport({ file: join(env.dir, 'missing.csv') }).done).rejects.toMatchObject({ code: 'badInput', reason: { key: 'import.fileMissing' } });
    await expect(client.resumeImport(7).done).rejects.toMatchObject({ code: 'notFound', message: 'import job 7 not found', reason: { key: 'import.jobMissing' } });
    // found by the parse worker, carried through the import worker
    await expect(client.startImport({ file: env.file('empty.csv', '') }).done).rejects.toMatchObject({ code: 'badInput', reason: { key: 'import.empty' } });
    const binary = join(env.dir, 'binary.csv');
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    await expect(client.api.previewImport({ file: binary })).rejects.toMatchObject({ code: 'badInput', reason: { key: 'import.encoding' } });
    const quote = env.file('quote.csv', '姓名,手机\n张三,"13800138000\n');
    await expect(client.startImport({ file: quote }).done).rejects.toMatchObject({ reason: { key: 'import.unclosedQuote', params: { line: 2 } } });
  });
});

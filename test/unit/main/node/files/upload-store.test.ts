import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUploadStore } from '../../../../../main/node/files/upload-store';

const store = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dialdeck-uploads-'));
  return { dir, uploads: createUploadStore(dir) };
};

describe('upload store', () => {
  it('assembles ordered chunks into a file known only by id, keeping the extension', async () => {
    const { uploads } = store();
    const body = Buffer.from('姓名,手机\n张三,13800138000\n', 'utf8');
    const id = await uploads.begin('../../客户名单.CSV', body.length);
    await uploads.chunk(id, 0, body.subarray(0, 10));
    await uploads.chunk(id, 10, body.subarray(10));
    const done = uploads.finish(id);
    expect(done).toEqual({ fileId: id, name: '../../客户名单.CSV', size: body.length });
    const path = uploads.pathOf(id);
    expect(path.endsWith(`${id}.csv`)).toBe(true);
    expect(readFileSync(path)).toEqual(body);
  });

  it('refuses out-of-order chunks, oversize data and early finishing', async () => {
    const { dir, uploads } = store();
    const id = await uploads.begin('a.csv', 4);
    await expect(uploads.chunk(id, 2, Buffer.from('xx'))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(() => uploads.finish(id)).toThrow(/0 of 4/);
    await expect(uploads.chunk(id, 0, Buffer.from('12345'))).rejects.toThrow(/larger than announced/);
    expect(readdirSync(join(dir, 'uploads'))).toEqual([]); // the partial file is gone
    await expect(uploads.chunk(id, 0, Buffer.from('1'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('does not resolve ids that were never finished or never existed', async () => {
    const { uploads } = store();
    const id = await uploads.begin('a.csv', 1);
    expect(() => uploads.pathOf(id)).toThrow(/unknown file/);
    expect(() => uploads.pathOf('00000000-0000-0000-0000-000000000000')).toThrow(/unknown file/);
  });
});

// The packaged app runs an import in the built import worker, which starts the parse worker from
// its own bundled chunk (electron-vite `?nodeWorker`), not through tsx. This imports through them.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CrmClient } from '../../../main/node/crm/service/CrmClient';
import { builtWorkerFiles, spawnBuiltWorker } from '../../../main/node/crm/service/spawnBuiltWorker';

const outMain = join(import.meta.dirname, '../../../out/main');
const built = Object.values(builtWorkerFiles).every((f) => existsSync(join(outMain, f)));
if (!built) console.warn(`skipped: no build in ${outMain}; run npm run build first`);

describe.skipIf(!built)('an import in the built workers', () => {
  it('reads the file on the bundled parse worker and publishes a searchable list', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialdeck-built-import-'));
    const file = join(dir, 'list.csv');
    writeFileSync(file, ['姓名,手机,公司', '张三,138 0013 8000,北京某某科技有限公司', '李四,12345,', '王五,+86 13800138000,'].join('\n'));
    const client = new CrmClient(join(dir, 'crm.sqlite'), spawnBuiltWorker(outMain));
    try {
      const summary = await client.startImport({ file, listName: '打包测试' }).done;
      expect(summary).toMatchObject({ status: 'completed', rows: 3, imported: 1, invalid: 1, duplicates: 1 });
      expect((await client.search({ query: '0013' })).items.map((c) => c.name)).toEqual(['张三']);
      const refused = client.startImport({ file: join(dir, 'missing.xls') }).done;
      await expect(refused).rejects.toThrow(/unsupported file type/);
    } finally {
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

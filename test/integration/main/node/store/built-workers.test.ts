// The packaged app loads the CRM's worker threads from electron-vite's output, not through tsx.
// This runs those built files in Node (npm test builds before it runs the tests).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreClient } from '../../../../../main/node/store/store-client';
import type { StoreHandlers } from '../../../../../main/node/store-worker/store-handlers';
import { builtWorkerFiles, spawnBuiltWorker } from '../../../../../main/node/store/spawn-worker';
import { repoPath } from '../../../../support/repo-path';

const outMain = repoPath('out/main');
const built = Object.values(builtWorkerFiles).every((f) => existsSync(join(outMain, f)));
if (!built) console.warn(`skipped: no build in ${outMain}; run npm run build first`);

describe.skipIf(!built)('built CRM workers', () => {
  it('open, migrate and answer a search', async () => {
    const client = new StoreClient<StoreHandlers>(join(mkdtempSync(join(tmpdir(), 'dialdeck-built-')), 'crm.sqlite'), spawnBuiltWorker(outMain));
    try {
      expect(await client.api.count({ query: '' })).toEqual({ total: 0, exact: true });
      await client.api.dncAdd({ number: '13800138000', reason: 'refused' });
      expect((await client.api.dncList()).map((e) => e.reason)).toEqual(['refused']);
    } finally {
      await client.close();
    }
  });
});

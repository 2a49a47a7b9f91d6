// A SQLite database serves one server instance (replays are refused from memory): a second server
// process on the same file refuses to start and says why; once the first is gone, even killed, the
// file is free again.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../server-process';

const dir = mkdtempSync(join(tmpdir(), 'dd-instance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { DATABASE_URL: join(dir, 'binding.db'), DATA_DIR: dir, BINDING_MASTER_KEY: randomBytes(32).toString('base64') };

/** a second server on the same file, run to its end */
function second() {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env }, encoding: 'utf8', timeout: 30_000,
  });
}

describe('one server instance per SQLite database', () => {
  it('refuses a second server on the same file with a clear reason, and frees the file when the first is killed', async () => {
    const first = await startServerProcess(env);
    try {
      const refused = second();
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(/another binding server is already serving .*binding\.db/);
      expect(refused.stderr).toMatch(/PostgreSQL/);
      expect(refused.stderr).not.toMatch(/\n\s+at /); // a reason, not a stack trace
      const health = await fetch(`${first.url}/health`);
      expect(health.status).toBe(200); // the first one keeps serving
    } finally {
      await first.crash(); // SIGKILL: no shutdown hook runs, the OS drops the lock
    }
    const next = await startServerProcess(env);
    expect((await fetch(`${next.url}/health`)).status).toBe(200);
    await next.stop();
  }, 90_000);
});

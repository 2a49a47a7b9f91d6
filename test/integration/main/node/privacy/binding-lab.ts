// A real binding server process on loopback with a fresh SQLite database, one tenant with a signing
// key, and one pool of X numbers, set up through the server's own signed API. Shared by the privacy
// channel tests and the privacy-call e2e spec.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../../../../../server/db/connect';
import { migrateToLatest } from '../../../../../server/db/migrate';
import { createTenantWithKey } from '../../../../../server/security/keys';
import { createVault } from '../../../../../server/security/vault';
import { createBindingClient } from '../../../../../main/node/binding/binding-client';
import { startServerProcess } from '../../../server/server-process';

export interface BindingLab {
  url: string;
  keyId: string;
  secret: string;
  poolId: string;
  stop(): Promise<void>;
}

export async function startBindingLab(xNumbers: readonly string[] = ['+8617100000001', '+8617100000002', '+8617100000003']): Promise<BindingLab> {
  const dir = mkdtempSync(join(tmpdir(), 'dd-binding-lab-'));
  const dbUrl = join(dir, 'binding.db');
  const masterKey = randomBytes(32);
  const { kysely } = connect(dbUrl);
  await migrateToLatest(kysely);
  const key = await createTenantWithKey(kysely, createVault(masterKey), 'desk', Date.now());
  await kysely.destroy();
  const server = await startServerProcess({ DATABASE_URL: dbUrl, BINDING_MASTER_KEY: masterKey.toString('base64'), DATA_DIR: dir, LOG_LEVEL: 'info' });
  const stop = async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const client = createBindingClient({ url: server.url, keyId: key.id, secret: key.secret });
    const pool = await client.request<{ id: string }>('POST', '/v1/pools', { name: 'desk', cooldownSeconds: 0 });
    await client.request('POST', `/v1/pools/${pool.id}/numbers`, { numbers: xNumbers.map((number) => ({ number })) });
    return { url: server.url, keyId: key.id, secret: key.secret, poolId: pool.id, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// A real binding server for the wizard's binding step: the server's own app on a fresh SQLite file,
// listening on 127.0.0.1 with the real clock (the desk signs with its own time), one tenant key and a
// pool of two numbers. Runs inside the Playwright worker; close() stops it and deletes the file.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signedHeaders, webCryptoPrimitives } from '../../../common/binding/signing';
import { buildApp } from '../../../server/build-app';
import { systemClock } from '../../../server/clock';
import { connect } from '../../../server/db/connect';
import { migrateToLatest } from '../../../server/db/migrate';
import { createTenantWithKey } from '../../../server/security/keys';
import { createVault } from '../../../server/security/vault';

export interface WizardBindingServer {
  url: string;
  keyId: string;
  secret: string;
  poolId: string;
  close(): Promise<void>;
}

export async function startWizardBindingServer(): Promise<WizardBindingServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dd-wizard-binding-'));
  const conn = connect(join(dir, 'binding.db'));
  await migrateToLatest(conn.kysely);
  const vault = createVault(randomBytes(32));
  const app = await buildApp({ db: conn.kysely, dialect: 'sqlite', sqlite: conn.sqlite, vault, clock: systemClock });
  const key = await createTenantWithKey(conn.kysely, vault, 'wizard-e2e', systemClock());
  const crypto = webCryptoPrimitives();
  const request = async (method: 'POST', url: string, body: unknown) => {
    const payload = JSON.stringify(body);
    const auth = await signedHeaders({ method, path: url, timestamp: Date.now(), nonce: randomUUID(), body: payload }, key, crypto);
    const res = await app.inject({ method, url, payload, headers: { 'content-type': 'application/json', ...auth } });
    if (res.statusCode !== 201) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return JSON.parse(res.body) as { id: string };
  };
  const pool = await request('POST', '/v1/pools', { name: 'wizard-desk', cooldownSeconds: 0 });
  await request('POST', `/v1/pools/${pool.id}/numbers`, { numbers: [{ number: '+861062000001' }, { number: '+861062000002' }] });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    keyId: key.id,
    secret: key.secret,
    poolId: pool.id,
    async close() {
      await app.close();
      await conn.kysely.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The campaign's claims follow the settings: no binding server = the desk decides alone; once the
// installer names a server (and its key's secret is stored), two desks share one hub and only one of
// them gets a lead. Real binding-server process on loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Settings } from '../../../../../common/settings/settings-schema';
import { settingsLeadClaims } from '../../../../../main/node/campaign/settings-claims';
import { memoryLogger } from '../../../../../main/node/logging/logger';
import { createMemorySecretStore } from '../../../../../main/node/secrets/secret-store';
import { startBindingLab, type BindingLab } from '../privacy/binding-lab';

let dir: string;
let hub: BindingLab;

function desk(name: string) {
  let settings: Settings = Settings.parse({});
  const store = createMemorySecretStore();
  const claims = settingsLeadClaims({ dataDir: mkdtempSync(join(dir, `${name}-`)), settings: { get: () => settings }, secrets: store, log: memoryLogger() });
  return {
    claims,
    async useHub() {
      await store.set(`binding:${hub.keyId}`, hub.secret);
      settings = { ...settings, binding: { ...settings.binding, url: hub.url, keyId: hub.keyId } };
    },
  };
}

const lead = (n: number) => ({ campaignId: 'spring', contactId: n, contactE164: `+8613900${String(n).padStart(6, '0')}` });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dd-settings-claims-'));
  hub = await startBindingLab();
}, 60_000);
afterAll(async () => {
  await hub?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('campaign lead claims from the settings', () => {
  it('without a binding server each desk claims alone, so both get the lead', async () => {
    const a = desk('a');
    const b = desk('b');
    expect(await a.claims.claim(lead(1), 'agent-a')).toBe(true);
    expect(await b.claims.claim(lead(1), 'agent-b')).toBe(true);
    await Promise.all([a.claims.close(), b.claims.close()]);
  });

  it('with the hub configured, only one desk gets a lead until it is released', async () => {
    const a = desk('a');
    const b = desk('b');
    await a.useHub();
    await b.useHub();
    const [first, second] = await Promise.all([a.claims.claim(lead(2), 'agent-a'), b.claims.claim(lead(2), 'agent-b')]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    const [winner, loser] = first ? [a, b] : [b, a];
    await winner.claims.release(lead(2), first ? 'agent-a' : 'agent-b');
    expect(await loser.claims.claim(lead(2), first ? 'agent-b' : 'agent-a')).toBe(true);
    await Promise.all([a.claims.close(), b.claims.close()]);
  });

  it('switches to the hub when the installer configures it while the app runs', async () => {
    const a = desk('a');
    const b = desk('b');
    expect(await a.claims.claim(lead(3), 'agent-a')).toBe(true); // local only, before the hub is known
    await a.useHub();
    await b.useHub();
    expect(await a.claims.claim(lead(4), 'agent-a')).toBe(true);
    expect(await b.claims.claim(lead(4), 'agent-b')).toBe(false);
    await Promise.all([a.claims.close(), b.claims.close()]);
  });
});

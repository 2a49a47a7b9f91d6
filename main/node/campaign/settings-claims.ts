// Central lead claims that follow the settings: the binding server named in settings.binding (with its
// signing secret) is the hub; without one the desk claims alone. The installer may set or change the
// server while the app runs, so the claims service is rebuilt when that configuration changes.
import { join } from 'node:path';
import type { Settings } from '../../../common/settings/settings-schema';
import { CLAIMS_FILE_NAME, createJsonClaimStore } from '../claims/claim-store';
import { createLeadClaims, type LeadClaims as HubClaims } from '../claims/lead-claims';
import type { Logger } from '../logging/logger';
import type { SecretStore } from '../secrets/secret-store';
import { hubLeadClaims, type LeadClaims } from './campaign-claims';

export interface SettingsClaimsDeps {
  dataDir: string;
  settings: { get(): Settings };
  secrets: SecretStore;
  log: Logger;
}

export function settingsLeadClaims(deps: SettingsClaimsDeps): LeadClaims & { close(): Promise<void> } {
  let current: { key: string; claims: Promise<HubClaims> } | undefined;

  function hubConfig() {
    const { url, keyId } = deps.settings.get().binding;
    const secret = url && keyId ? deps.secrets.get(`binding:${keyId}`) : undefined;
    return url && keyId && secret ? { url, keyId, secret } : null;
  }

  /** one service per hub configuration; concurrent first claims share the same one */
  function claims(): Promise<HubClaims> {
    const hub = hubConfig();
    const key = hub ? `${hub.url}|${hub.keyId}|${hub.secret}` : '';
    if (current?.key === key) return current.claims;
    const previous = current?.claims;
    const next = (async () => {
      await (await previous)?.close();
      const made = createLeadClaims({ hub, store: createJsonClaimStore(join(deps.dataDir, CLAIMS_FILE_NAME), deps.log), log: deps.log });
      made.onConflict((conflict) => deps.log.warn('claims: lead was held by another agent', { ...conflict }));
      return made;
    })();
    current = { key, claims: next };
    return next;
  }

  return {
    claim: async (lead, agentId) => hubLeadClaims(await claims()).claim(lead, agentId),
    release: async (lead, agentId) => hubLeadClaims(await claims()).release(lead, agentId),
    close: async () => {
      await (await current?.claims)?.close();
      current = undefined;
    },
  };
}

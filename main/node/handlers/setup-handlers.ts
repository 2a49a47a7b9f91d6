import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../../common/ipc/result';
import { makeProfile, parseProfile, secretsReferenced } from '../../../common/settings/setup-profile';
import { settingsFrom } from '../../../common/settings/settings-schema';
import { checkBindingServer } from '../binding/check-binding-server';
import { readInventory } from '../devices/host/inventory';
import { collectDiagnostics } from '../diagnostics/collect';
import { writeZip } from '../diagnostics/write-zip';
import type { Handlers } from '../ipc/router';
import type { MainServices } from '../services';
import { installUdevRule, udevRuleInfo } from '../setup/udev-installer';
import { reason } from '../../../common/ipc/failure-reason';

type SetupChannel = 'setup:udevRule' | 'setup:installUdevRule' | 'binding:check' | 'profile:export' | 'profile:import' | 'diagnostics:bundle';

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-').slice(0, 19);

export function setupHandlers(s: MainServices): Pick<Handlers, SetupChannel> {
  return {
    'setup:udevRule': () => udevRuleInfo(s.paths.udevRule),
    'setup:installUdevRule': () => installUdevRule(s.paths.udevRule),
    'binding:check': () => checkBindingServer(s.settings.get().binding, s.secrets, undefined, (detail) => s.log.warn('binding: check failed', { detail })),
    'profile:export': () => {
      const now = new Date();
      return { json: JSON.stringify(makeProfile(s.settings.get(), now), null, 2), fileName: `dialdeck-profile-${stamp(now)}.json` };
    },
    'profile:import': async ({ json }) => {
      const parsed = parseProfile(json);
      if (!parsed.ok) throw new DomainError('INVALID_INPUT', `this file cannot be imported: ${parsed.reason}`, reason('profile.invalid'));
      // the language is this agent's own choice, not the desk template's
      const incoming = parsed.profile.settings;
      const settings = await s.settings.update(settingsFrom({ ...incoming, ui: { ...incoming.ui, language: s.settings.get().ui.language } }));
      const stored = new Set(s.secrets.status().keys);
      return { settings, secretsNeeded: secretsReferenced(settings).filter((k) => !stored.has(k)) };
    },
    'diagnostics:bundle': async ({ language }) => {
      const status = s.devices.status();
      const scan = await readInventory({ policy: s.settings.get().gateways }).catch(() => null);
      const entries = collectDiagnostics({
        appInfo: s.appInfo,
        settings: s.settings.get(),
        secrets: s.secrets.status(),
        inventory: { headsets: status.headsets, serialPorts: status.serialPorts },
        gatewayLines: status.gatewayLines,
        language,
        extra: [{ name: 'devices-live.json', content: JSON.stringify({ status, scan }, null, 2) }],
        logDir: s.paths.logDir,
      });
      mkdirSync(s.paths.exportDir, { recursive: true });
      const path = join(s.paths.exportDir, `dialdeck-diagnostics-${stamp(new Date())}.zip`);
      await writeZip(entries, path);
      return { path, files: entries.map((e) => e.name) };
    },
  };
}

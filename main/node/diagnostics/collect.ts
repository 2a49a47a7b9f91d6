// What an installer's diagnostics bundle holds: versions, OS, devices (with HID report descriptors, and
// for each serial port whether the gateway service opens it and why), recent logs and settings. Secrets never go in (only which secret keys exist), and every phone number
// in the logs is masked.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { arch, cpus, freemem, platform, release, totalmem, uptime } from 'node:os';
import { basename, join } from 'node:path';
import type { Inventory } from '../devices/host/inventory';
import type { AppInfo } from '../../../common/ipc/schemas';
import { maskPhoneNumbers } from '../../../common/privacy/mask';
import type { Settings } from '../../../common/settings/settings-schema';
import type { SecretStatus } from '../../../common/settings/secret-keys';
import { serialPortNotes } from './port-notes';

export interface DiagnosticsInput {
  appInfo: AppInfo;
  settings: Settings;
  secrets: SecretStatus;
  inventory: Inventory;
  logDir: string;
  /** where to look for hidraw report descriptors (Linux sysfs) */
  hidrawSysfs?: string;
  /** the last bytes of each log file that go in */
  logTailBytes?: number;
}

export interface BundleEntry {
  name: string;
  content: string;
}

export function collectDiagnostics(input: DiagnosticsInput): BundleEntry[] {
  const json = (name: string, value: unknown): BundleEntry => ({ name, content: JSON.stringify(value, null, 2) + '\n' });
  return [
    json('versions.json', { app: input.appInfo.version, runtime: input.appInfo.runtime, ...input.appInfo.versions, node: process.versions.node }),
    json('os.json', { platform: platform(), release: release(), arch: arch(), cpus: cpus().length, totalMemory: totalmem(), freeMemory: freemem(), uptimeSeconds: Math.round(uptime()), locale: input.appInfo.systemLocale }),
    json('devices.json', {
      ...input.inventory,
      serialPortNotes: serialPortNotes(input.inventory.serialPorts, input.settings.gateways),
      hidDescriptors: readHidDescriptors(input.hidrawSysfs ?? '/sys/class/hidraw'),
    }),
    json('settings.json', input.settings),
    json('secrets.json', { backend: input.secrets.backend, available: input.secrets.available, keys: input.secrets.keys }),
    ...logTails(input.logDir, input.logTailBytes ?? 256 * 1024),
  ];
}

/** hidrawN → report descriptor as hex, for every node whose descriptor is readable. */
export function readHidDescriptors(sysfs: string): Record<string, string> {
  if (!existsSync(sysfs)) return {};
  const out: Record<string, string> = {};
  for (const node of readdirSync(sysfs)) {
    try {
      out[node] = readFileSync(join(sysfs, node, 'device/report_descriptor')).toString('hex');
    } catch {
      // unreadable descriptors are skipped; the devices list still names the device
    }
  }
  return out;
}

function logTails(dir: string, tailBytes: number): BundleEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .map((f) => {
      const path = join(dir, f);
      const size = statSync(path).size;
      const text = readFileSync(path).subarray(Math.max(0, size - tailBytes)).toString('utf8');
      return { name: `logs/${basename(f)}`, content: maskPhoneNumbers(text) };
    });
}

// What an installer's diagnostics bundle holds: summary.txt in the user's language (what a person reads
// first), then versions, OS, devices (with HID report descriptors, and for each serial port whether the
// gateway service opens it and why), recent logs and settings as machine-readable JSON. Secrets never go
// in (only which secret keys exist), and every phone number in the logs is masked.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { arch, cpus, freemem, platform, release, totalmem, uptime } from 'node:os';
import { basename, join } from 'node:path';
import type { Inventory } from '../devices/host/inventory';
import type { GatewayLine } from '../../../common/devices/gateway-api';
import type { UiLanguage } from '../../../common/i18n/ui-language';
import type { AppInfo } from '../../../common/ipc/schemas';
import { maskPhoneNumbers } from '../../../common/privacy/mask';
import type { Settings } from '../../../common/settings/settings-schema';
import type { SecretStatus } from '../../../common/settings/secret-keys';
import { portNoteText, serialPortFacts } from './port-notes';
import { diagnosticsSummary, type SummaryHeadset } from './summary-text';

export interface DiagnosticsInput {
  appInfo: AppInfo;
  settings: Settings;
  secrets: SecretStatus;
  /** headsets with their status when the devices process knows it (the CLI's scan does not) */
  inventory: { headsets: (Inventory['headsets'][number] & SummaryHeadset)[]; serialPorts: Inventory['serialPorts'] };
  gatewayLines?: readonly GatewayLine[];
  /** the language of summary.txt */
  language?: UiLanguage;
  /** more files the caller collected (the devices service's live state), listed in the summary too */
  extra?: BundleEntry[];
  now?: Date;
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
  const portNotes = serialPortFacts(input.inventory.serialPorts, input.settings.gateways);
  const entries: BundleEntry[] = [
    json('versions.json', { app: input.appInfo.version, runtime: input.appInfo.runtime, ...input.appInfo.versions, node: process.versions.node }),
    json('os.json', { platform: platform(), release: release(), arch: arch(), cpus: cpus().length, totalMemory: totalmem(), freeMemory: freemem(), uptimeSeconds: Math.round(uptime()), locale: input.appInfo.systemLocale }),
    json('devices.json', {
      ...input.inventory,
      serialPortNotes: portNotes.map((note) => portNoteText(note, 'en')),
      hidDescriptors: readHidDescriptors(input.hidrawSysfs ?? '/sys/class/hidraw'),
    }),
    json('settings.json', input.settings),
    json('secrets.json', { backend: input.secrets.backend, available: input.secrets.available, keys: input.secrets.keys }),
    ...(input.extra ?? []),
    ...logTails(input.logDir, input.logTailBytes ?? 256 * 1024),
  ];
  const summary = diagnosticsSummary(
    {
      appInfo: input.appInfo,
      settings: input.settings,
      secrets: input.secrets,
      headsets: input.inventory.headsets,
      portNotes,
      ...(input.gatewayLines ? { gatewayLines: input.gatewayLines } : {}),
      files: entries.map((e) => e.name),
      now: input.now ?? new Date(),
    },
    input.language ?? 'en',
  );
  // the byte-order mark lets Notepad on a Chinese Windows read it as UTF-8 rather than GBK
  return [{ name: 'summary.txt', content: `\ufeff${summary}` }, ...entries];
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

// `npm run diag -- bundle --out FILE.zip [--data-dir DIR] [--lang zh-CN|en]`: the installer's take-away
// diagnostics. summary.txt inside is in --lang, else in the desk's UI language (its setting, or the system's).
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pickUiLanguage, UiLanguage } from '../../../../common/i18n/ui-language';
import { Settings, defaultSettings } from '../../../../common/settings/settings-schema';
import type { SecretStatus } from '../../../../common/settings/secret-keys';
import { readInventory } from '../../devices/host/inventory';
import { collectDiagnostics } from '../../diagnostics/collect';
import { writeZip } from '../../diagnostics/write-zip';
import { defaultLogDir, defaultUserDataDir } from '../../platform/user-data-dir';

export async function runBundle(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, 'data-dir': { type: 'string' }, lang: { type: 'string' } } });
  const lang = values.lang === undefined ? undefined : UiLanguage.safeParse(values.lang);
  if (!values.out || lang?.success === false) {
    out('usage: diag bundle --out FILE.zip [--data-dir DIR] [--lang zh-CN|en]');
    return 2;
  }
  const dataDir = resolve(values['data-dir'] ?? defaultUserDataDir());
  const version = readJson<{ version?: string }>(resolve(import.meta.dirname, '../../../../package.json'))?.version ?? 'unknown';
  const settings = Settings.safeParse(readJson(resolve(dataDir, 'settings.json')));
  const current = settings.success ? settings.data : defaultSettings();
  // ports decided as the devices process decides them: the saved port choices, and ports named at start-up
  const named = (process.env.DIALDECK_SERIAL_PORTS ?? '').split(delimiter).filter(Boolean);
  const systemLocale = Intl.DateTimeFormat().resolvedOptions().locale;
  const language = lang?.data ?? pickUiLanguage(current.ui.language, systemLocale);
  const entries = collectDiagnostics({
    appInfo: { name: 'Dialdeck', version, runtime: 'harness', platform: process.platform, systemLocale, versions: { node: process.versions.node } },
    language,
    settings: current,
    secrets: secretKeysOnly(resolve(dataDir, 'secrets.json')),
    inventory: await readInventory({ policy: current.gateways, named }),
    logDir: defaultLogDir(dataDir),
  });
  await writeZip(entries, resolve(values.out));
  out(JSON.stringify({ out: resolve(values.out), language, files: entries.map((e) => e.name) }));
  return 0;
}

/** Only the names of stored secrets; the encrypted values are never read. */
function secretKeysOnly(file: string): SecretStatus {
  const parsed = readJson<{ entries?: Record<string, unknown>; backend?: string }>(file);
  return { available: existsSync(file), backend: 'unknown', persistent: true, keys: Object.keys(parsed?.entries ?? {}).sort() };
}

function readJson<T = unknown>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

// Settings live in one JSON file. Reads are validated (bad or old files are kept aside as a backup and
// replaced by defaults, never crash the app); writes are atomic (write-file-atomic: temp file + rename),
// serialised, and announced to listeners.
import writeFileAtomic from 'write-file-atomic';
import { applySettingsPatch, defaultSettings, Settings, type SettingsPatch } from '../../../common/settings/settings-schema';
import { readValidatedJson } from '../files/validated-json-file';
import type { Logger } from '../logging/logger';

export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Promise<Settings>;
  onChange(listener: (settings: Settings) => void): () => void;
}

export async function openSettingsStore(file: string, log: Logger): Promise<SettingsStore> {
  let current = await load(file, log);
  const listeners = new Set<(s: Settings) => void>();
  let writing: Promise<unknown> = Promise.resolve();

  return {
    get: () => current,
    async update(patch) {
      const next = applySettingsPatch(current, patch);
      // chain writes so two quick updates land in order and the file always holds the last one
      const write = writing.then(() => writeFileAtomic(file, JSON.stringify(next, null, 2) + '\n', { mode: 0o600 }));
      writing = write.catch(() => undefined);
      await write;
      current = next;
      for (const listener of listeners) listener(current);
      return current;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function load(file: string, log: Logger): Promise<Settings> {
  return readValidatedJson(file, Settings, defaultSettings, (backup) => log.warn('settings: file was invalid; kept it aside and started from defaults', { backup }));
}

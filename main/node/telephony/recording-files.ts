// Call recordings on disk: <dataDir>/recordings/<YYYY-MM-DD>/<account>/<startedAt>-<callId>.webm,
// removed after each account's retention period.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings } from '../../../common/settings/settings-schema';

export interface Recordings {
  store(uploadedPath: string, accountId: string, callId: string, startedAt: number): Promise<string>;
  /** deletes recordings older than their account's retention; returns how many went */
  prune(settings: Settings, now?: number): number;
}

export function createRecordings(dataDir: string): Recordings {
  const root = join(dataDir, 'recordings');
  return {
    async store(uploadedPath, accountId, callId, startedAt) {
      const day = new Date(startedAt).toISOString().slice(0, 10);
      const dir = join(root, day, accountId);
      mkdirSync(dir, { recursive: true });
      const target = join(dir, `${startedAt}-${callId}.webm`);
      await rename(uploadedPath, target);
      return target;
    },
    prune(settings, now = Date.now()) {
      const retention = new Map(settings.sip.accounts.map((a) => [a.id, a.recording.retentionDays]));
      let removed = 0;
      for (const day of safeList(root)) {
        for (const account of safeList(join(root, day))) {
          const days = retention.get(account) ?? 90; // a deleted account's recordings age out at the default
          for (const file of safeList(join(root, day, account))) {
            const path = join(root, day, account, file);
            if (now - statSync(path).mtimeMs > days * 86_400_000) {
              rmSync(path, { force: true });
              removed += 1;
            }
          }
        }
      }
      return removed;
    },
  };
}

const safeList = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

// The retention job: call records, recording references, audit and agent-state lines past their
// configured days go (in the DB worker); the recording files those rows pointed to are deleted here.
import { rmSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { RetentionRun } from '../../../common/campaign/dto';
import type { CampaignStore } from './campaign-store';

/** Deletes only files inside the recordings folder: a tampered path in the database cannot reach elsewhere. */
export async function runRetention(store: Pick<CampaignStore, 'prune'>, recordingsDir: string, now = Date.now()): Promise<RetentionRun & { filesRemoved: number }> {
  const run = await store.prune(now);
  const root = resolve(recordingsDir) + sep;
  let filesRemoved = 0;
  for (const path of run.recordingPaths) {
    const full = resolve(path);
    if (!full.startsWith(root)) continue;
    rmSync(full, { force: true });
    filesRemoved += 1;
  }
  return { ...run, filesRemoved };
}

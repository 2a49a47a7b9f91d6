// Kamailio, rtpengine and the page server use fixed loopback ports, so only one SIP lab may run
// at a time; vitest runs test files in parallel workers. An exclusive lock file serialises them.
// A lock left by a killed run is taken over once its owner pid is gone.
import { openSync, closeSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const lockPath = join(tmpdir(), 'dialdeck-sip-lab.lock');

function ownerAlive(): boolean {
  const pid = Number(readFileSync(lockPath, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function acquireLabLock(timeoutMs = 180_000): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => unlinkSync(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!ownerAlive()) {
        unlinkSync(lockPath);
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another SIP lab still holds ${lockPath}`, { cause: error });
      await sleep(200);
    }
  }
}

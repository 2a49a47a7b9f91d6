// Installs the headset udev rule with the user's consent: pkexec asks for the admin password in the
// desktop's own dialog. Where pkexec is missing, the error carries the commands to run by hand.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { DomainError } from '../../../common/ipc/result';
import { udevInstallCommands } from '../devices/hid/udev-rule';
import { reason } from '../../../common/ipc/failure-reason';

const run = promisify(execFile);

export function udevRuleInfo(rulePath: string): { rule: string; commands: string } {
  return { rule: readFileSync(rulePath, 'utf8'), commands: udevInstallCommands(rulePath).map((c) => c.join(' ')).join(' && ') };
}

export async function installUdevRule(rulePath: string): Promise<{ installed: true }> {
  if (process.platform !== 'linux') throw new DomainError('REFUSED', 'udev rules exist only on Linux', reason('udev.notLinux'));
  const script = udevInstallCommands(rulePath).map((c) => c.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ')).join(' && ');
  try {
    await run('pkexec', ['sh', '-c', script], { timeout: 120_000 });
    return { installed: true };
  } catch (error) {
    const e = error as Error & { code?: string | number };
    const manual = udevInstallCommands(rulePath).map((c) => c.join(' ')).join(' && ');
    if (e.code === 'ENOENT') throw new DomainError('UNAVAILABLE', `pkexec is not installed; run as root: ${manual}`, reason('udev.noPkexec'));
    if (e.code === 126) throw new DomainError('REFUSED', 'the administrator password was not given; nothing was changed', reason('udev.declined'));
    throw new DomainError('INTERNAL', `the rule could not be installed (${e.message}); run as root: ${manual}`, reason('udev.failed'));
  }
}

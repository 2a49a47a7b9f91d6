// Spawns the devices process with Node's child_process (harness and tests). The TypeScript entry runs
// through tsx; Electron uses main/electron-main/devices-process.ts with utilityProcess instead.
import { fork } from 'node:child_process';
import type { ChildHandle } from './supervisor';

export function forkDevicesChild(entry: string, env: NodeJS.ProcessEnv = process.env): ChildHandle {
  const child = fork(entry, [], {
    env,
    execArgv: entry.endsWith('.ts') ? ['--import', 'tsx'] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  return {
    postMessage: (message) => {
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => child.kill('SIGKILL'),
  };
}

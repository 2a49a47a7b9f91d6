// Spawns the devices process as an Electron utilityProcess; the supervisor restarts it when it dies.
import { utilityProcess } from 'electron';
import type { ChildHandle } from '../node/devices/supervisor';

export function spawnDevicesUtility(entry: string): ChildHandle {
  const child = utilityProcess.fork(entry, [], { serviceName: 'Dialdeck devices', stdio: 'inherit' });
  return {
    postMessage: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => void child.kill(),
  };
}

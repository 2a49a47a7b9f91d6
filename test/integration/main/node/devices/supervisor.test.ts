// The devices process is a real child process here (the harness's way of spawning it); Electron swaps
// in utilityProcess behind the same ChildHandle port.
import { afterEach, describe, expect, it } from 'vitest';
import type { DevicesStatus } from '../../../../../common/ipc/schemas';
import { forkDevicesChild } from '../../../../../main/node/devices/fork-child';
import { createDevicesSupervisor, type DeviceMessage, type DevicesSupervisor } from '../../../../../main/node/devices/supervisor';
import { memoryLogger } from '../../../../../main/node/logging/logger';
import { waitFor } from '../../../../support/wait-for';
import { repoPath } from '../../../../support/repo-path';

const entry = repoPath('main/node/devices/host/entry.ts');
const silent = repoPath('test/support/devices/silent-child.ts');
let supervisor: DevicesSupervisor | undefined;
// never probe this machine's real serial ports with AT commands from a test
const quietEnv = { ...process.env, DIALDECK_GATEWAYS: 'off' };
afterEach(() => supervisor?.stop());

describe('devices process supervisor', () => {
  it('starts the real devices process, which reports the serial ports it sees', async () => {
    const states: DevicesStatus['process'][] = [];
    const messages: DeviceMessage[] = [];
    supervisor = createDevicesSupervisor({ spawn: () => forkDevicesChild(entry, quietEnv), log: memoryLogger() });
    supervisor.onStatus((s) => states.push(s.process));
    supervisor.onMessage((m) => messages.push(m));
    supervisor.start();
    await waitFor(() => supervisor!.status().process === 'running', 15_000, 'running');
    expect(states.slice(0, 2)).toEqual(['starting', 'running']);
    const ports = await waitFor(() => messages.find((m) => m.type === 'serialPorts'), 10_000, 'a serial port list');
    expect(Array.isArray(ports.type === 'serialPorts' && ports.ports)).toBe(true);
  });

  it('restarts the process after it is killed, with the restart counted', async () => {
    const pids: number[] = [];
    const log = memoryLogger();
    supervisor = createDevicesSupervisor({
      spawn: () => {
        const child = forkDevicesChild(entry, quietEnv);
        child.onMessage((m) => (m as { type: string }).type === 'ready' && pids.push((m as { pid: number }).pid));
        return child;
      },
      log,
      initialBackoffMs: 50,
    });
    supervisor.start();
    await waitFor(() => pids.length === 1 && supervisor!.status().process === 'running', 15_000, 'first start');
    process.kill(pids[0]!, 'SIGKILL');
    await waitFor(() => supervisor!.status().process === 'restarting', 5_000, 'restarting');
    await waitFor(() => pids.length === 2 && supervisor!.status().process === 'running', 15_000, 'restart');
    expect(pids[1]).not.toBe(pids[0]);
    expect(supervisor.status().restarts).toBe(1);
    expect(supervisor.status().lastError).toMatch(/exited/);
    expect(log.lines.some((l) => l.level === 'error' && /restarting/.test(l.message))).toBe(true);
  });

  it('kills and restarts a process that stops answering heartbeats', async () => {
    let spawned = 0;
    supervisor = createDevicesSupervisor({ spawn: () => (spawned++, forkDevicesChild(silent)), log: memoryLogger(), heartbeatMs: 100, initialBackoffMs: 50 });
    supervisor.start();
    await waitFor(() => spawned >= 2, 15_000, 'a restart after lost heartbeats');
    expect(supervisor.status().lastError).toBe('devices process stopped answering');
    expect(supervisor.status().restarts).toBeGreaterThanOrEqual(1);
  });

  it('stops without restarting', async () => {
    let spawned = 0;
    supervisor = createDevicesSupervisor({ spawn: () => (spawned++, forkDevicesChild(entry, quietEnv)), log: memoryLogger(), initialBackoffMs: 20 });
    supervisor.start();
    await waitFor(() => supervisor!.status().process === 'running', 15_000, 'running');
    supervisor.stop();
    await new Promise((r) => setTimeout(r, 300));
    expect(spawned).toBe(1);
    expect(supervisor.status().process).toBe('stopped');
  });
});

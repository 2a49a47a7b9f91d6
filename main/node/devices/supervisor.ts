// Keeps the devices process alive. It is restarted when it exits or stops answering heartbeats, with a
// capped exponential backoff that resets once a child has stayed up for a while; the renderer sees each
// state change as `devices:status`. The way a child is spawned is injected: Electron's utilityProcess in
// the app, child_process.fork in the harness and in tests.
import { FromDevices, type ToDevices } from '../../../common/devices/host-protocol';
import type { DevicesStatus } from '../../../common/ipc/schemas';

export type ProcessStatus = Pick<DevicesStatus, 'process' | 'restarts' | 'lastError'>;
/** what the child reports about devices; the lifecycle messages stay inside the supervisor */
export type DeviceMessage = Exclude<FromDevices, { type: 'ready' | 'pong' | 'log' }>;
import type { Logger } from '../logging/logger';

export interface ChildHandle {
  postMessage(message: ToDevices): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface SupervisorOptions {
  spawn: () => ChildHandle;
  log: Logger;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  heartbeatMs?: number;
  /** a child that stays up this long resets the backoff */
  stableAfterMs?: number;
}

export interface DevicesSupervisor {
  start(): void;
  stop(): void;
  status(): ProcessStatus;
  onStatus(listener: (status: ProcessStatus) => void): () => void;
  /** device messages from whichever child is current */
  onMessage(listener: (message: DeviceMessage) => void): () => void;
  /** to the current child; dropped while none runs */
  send(message: ToDevices): void;
}

export function createDevicesSupervisor(options: SupervisorOptions): DevicesSupervisor {
  const { spawn, log } = options;
  const initialBackoff = options.initialBackoffMs ?? 500;
  const maxBackoff = options.maxBackoffMs ?? 30_000;
  const heartbeatMs = options.heartbeatMs ?? 5_000;
  const stableAfter = options.stableAfterMs ?? 60_000;

  let child: ChildHandle | undefined;
  let stopped = true;
  let backoff = initialBackoff;
  let startedAt = 0;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let seq = 0;
  let lastPong = 0;
  let state: DevicesStatus['process'] = 'stopped';
  let restarts = 0;
  let lastError: string | undefined;
  let killReason: string | undefined;
  const listeners = new Set<(s: ProcessStatus) => void>();
  const messageListeners = new Set<(m: DeviceMessage) => void>();

  const status = (): ProcessStatus => ({ process: state, restarts, ...(lastError ? { lastError } : {}) });
  const publish = () => listeners.forEach((l) => l(status()));
  const setState = (next: DevicesStatus['process']) => {
    state = next;
    publish();
  };

  const launch = () => {
    restartTimer = undefined;
    if (stopped) return;
    setState('starting');
    startedAt = Date.now();
    lastPong = startedAt;
    const current = spawn();
    child = current;
    current.onMessage((raw) => {
      if (child !== current) return;
      const parsed = FromDevices.safeParse(raw);
      if (!parsed.success) return log.warn('devices: ignored malformed message from child');
      const message = parsed.data;
      if (message.type === 'ready') setState('running');
      else if (message.type === 'pong') lastPong = Date.now();
      else if (message.type === 'log') log[message.level](`devices: ${message.message}`);
      else messageListeners.forEach((l) => l(message));
    });
    current.onExit((code) => {
      if (child !== current) return;
      child = undefined;
      if (stopped) return setState('stopped');
      lastError = killReason ?? `devices process exited with code ${code ?? 'signal'}`;
      killReason = undefined;
      log.error('devices: process exited; restarting', { code, backoffMs: backoff });
      scheduleRestart();
    });
  };

  const scheduleRestart = () => {
    if (Date.now() - startedAt > stableAfter) backoff = initialBackoff;
    restarts += 1;
    setState('restarting');
    restartTimer = setTimeout(launch, backoff);
    backoff = Math.min(backoff * 2, maxBackoff);
  };

  const beat = () => {
    if (!child || state !== 'running') return;
    if (Date.now() - lastPong > heartbeatMs * 3) {
      killReason = 'devices process stopped answering';
      log.error('devices: heartbeat lost; killing the process');
      child.kill(); // its exit triggers the restart
      return;
    }
    child.postMessage({ type: 'ping', seq: ++seq });
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      heartbeat = setInterval(beat, heartbeatMs);
      launch();
    },
    stop() {
      stopped = true;
      if (restartTimer) clearTimeout(restartTimer);
      if (heartbeat) clearInterval(heartbeat);
      child?.postMessage({ type: 'shutdown' });
      child?.kill();
      child = undefined;
      setState('stopped');
    },
    status,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onMessage(listener) {
      messageListeners.add(listener);
      return () => messageListeners.delete(listener);
    },
    send(message) {
      child?.postMessage(message);
    },
  };
}

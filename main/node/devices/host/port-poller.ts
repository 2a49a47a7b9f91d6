// The devices process's one look at the serial ports: each round lists the ports once and hands the same
// list to everyone who needs it (the setup screens' port list, the gateway service). Two pollers used to
// call SerialPort.list() on their own clocks, doubling the udev/sysfs walks for one inventory pass.
import type { ListedPort } from '../../../../common/devices/probe-policy';

export interface PortPoller {
  start(): void;
  stop(): void;
  /**
   * A round now (a line was lost, the probe policy changed). While a round is listing, callers join it
   * instead of starting another listing.
   */
  refresh(): Promise<void>;
}

export function createPortPoller(options: {
  list: () => Promise<ListedPort[]>;
  intervalMs: number;
  onPorts: (ports: ListedPort[]) => void;
  onError?: (error: unknown) => void;
}): PortPoller {
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const round = async (): Promise<void> => {
    let ports: ListedPort[];
    try {
      ports = await options.list();
    } catch (error) {
      // a failed listing says nothing about the ports: keep the last picture rather than report all gone
      options.onError?.(error);
      return;
    }
    if (!stopped) options.onPorts(ports);
  };

  const refresh = (): Promise<void> => {
    running ??= round().finally(() => (running = undefined));
    return running;
  };

  return {
    start() {
      stopped = false;
      void refresh();
      timer = setInterval(() => void refresh(), options.intervalMs);
      timer.unref?.();
    },
    stop() {
      stopped = true;
      clearInterval(timer);
    },
    refresh,
  };
}

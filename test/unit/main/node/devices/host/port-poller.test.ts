import { describe, expect, it } from 'vitest';
import type { ListedPort } from '../../../../../../common/devices/probe-policy';
import { createPortPoller } from '../../../../../../main/node/devices/host/port-poller';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('port poller', () => {
  it('joins refreshes asked for while a listing runs instead of listing again', async () => {
    const listing = gate();
    let calls = 0;
    const seen: ListedPort[][] = [];
    const poller = createPortPoller({
      list: async () => {
        calls++;
        await listing.opened;
        return [{ path: '/dev/ttyUSB0' }];
      },
      intervalMs: 60_000,
      onPorts: (ports) => void seen.push(ports),
    });
    const rounds = [poller.refresh(), poller.refresh(), poller.refresh()];
    listing.open();
    await Promise.all(rounds);
    expect(calls).toBe(1);
    expect(seen).toEqual([[{ path: '/dev/ttyUSB0' }]]);
    await poller.refresh(); // a later refresh is a new round
    expect(calls).toBe(2);
  });

  it('keeps the last picture when a listing fails, and says why', async () => {
    const seen: ListedPort[][] = [];
    const errors: unknown[] = [];
    const poller = createPortPoller({ list: () => Promise.reject(new Error('udev gone')), intervalMs: 60_000, onPorts: (p) => void seen.push(p), onError: (e) => void errors.push(e) });
    await poller.refresh();
    expect(seen).toEqual([]);
    expect(String(errors[0])).toMatch(/udev gone/);
  });

  it('reports nothing after stop, even from a listing already running', async () => {
    const listing = gate();
    const seen: ListedPort[][] = [];
    const poller = createPortPoller({ list: async () => (await listing.opened, [{ path: '/dev/ttyS0' }]), intervalMs: 60_000, onPorts: (p) => void seen.push(p) });
    poller.start();
    poller.stop();
    listing.open();
    await poller.refresh();
    expect(seen).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { HotplugPoller, type DeviceDiff } from '../../../../../../main/node/devices/hid/hotplug-poller';
import type { HidDeviceInfo } from '../../../../../../main/node/devices/hid/hid-device-info';

const dev = (path: string): HidDeviceInfo => ({ path, vendorId: 0x047f, productId: 0xc053, usagePage: 0x0b });

function poller(rounds: (HidDeviceInfo[] | Error)[]) {
  const diffs: DeviceDiff[] = [];
  const errors: unknown[] = [];
  let i = 0;
  const p = new HotplugPoller(
    async () => {
      const next = rounds[Math.min(i++, rounds.length - 1)]!;
      if (next instanceof Error) throw next;
      return next;
    },
    (d) => { diffs.push(d); },
    (e) => errors.push(e),
  );
  return { p, diffs, errors };
}

describe('HotplugPoller', () => {
  it('reports attach and detach by path, and nothing when nothing changed', async () => {
    const { p, diffs } = poller([[dev('/dev/hidraw1')], [dev('/dev/hidraw1')], [dev('/dev/hidraw2')]]);
    await p.poll();
    await p.poll();
    await p.poll();
    expect(diffs).toEqual([
      { attached: [dev('/dev/hidraw1')], detached: [] },
      { attached: [dev('/dev/hidraw2')], detached: ['/dev/hidraw1'] },
    ]);
  });

  it('treats a failed enumeration as an error, not as every device unplugged', async () => {
    const { p, diffs, errors } = poller([[dev('/dev/hidraw1')], new Error('enumeration failed'), [dev('/dev/hidraw1')]]);
    await p.poll();
    await p.poll();
    await p.poll();
    expect(diffs).toHaveLength(1);
    expect(errors).toEqual([new Error('enumeration failed')]);
  });

  it('reports a forgotten device as attached again on the next round', async () => {
    const { p, diffs } = poller([[dev('/dev/hidraw1')]]);
    await p.poll();
    p.forget('/dev/hidraw1');
    await p.poll();
    expect(diffs).toEqual([
      { attached: [dev('/dev/hidraw1')], detached: [] },
      { attached: [dev('/dev/hidraw1')], detached: [] },
    ]);
  });

  it('shares one round between overlapping polls', async () => {
    const { p, diffs } = poller([[dev('/dev/hidraw1')], []]);
    await Promise.all([p.poll(), p.poll()]);
    expect(diffs).toEqual([{ attached: [dev('/dev/hidraw1')], detached: [] }]);
  });
});

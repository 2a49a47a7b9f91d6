// The node-hid adapter's framing, against a stand-in for HIDAsync (no HID hardware or uhid on this machine).
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type HID from 'node-hid';
import { NodeHidTransport } from '../../../../../../main/node/devices/hid/node-hid-transport';

class FakeHidAsync extends EventEmitter {
  readonly writes: number[][] = [];
  closed = 0;
  async write(values: Buffer): Promise<number> {
    this.writes.push([...values]);
    return values.length;
  }
  async close(): Promise<void> {
    this.closed++;
  }
}

function transport(sizes: [number, number][]) {
  const device = new FakeHidAsync();
  return { device, transport: new NodeHidTransport(device as unknown as HID.HIDAsync, new Map(sizes)) };
}

describe('NodeHidTransport', () => {
  it('pads each output report to 1 + its descriptor length (Windows refuses short writes)', async () => {
    const { device, transport: t } = transport([[2, 2], [9, 1]]);
    await t.write(Uint8Array.of(2, 0x05));
    await t.write(Uint8Array.of(9, 0x01));
    expect(device.writes).toEqual([[2, 0x05, 0x00], [9, 0x01]]);
  });

  it('delivers input reports as bytes and stops after unsubscribe', () => {
    const { device, transport: t } = transport([]);
    const seen: number[][] = [];
    const unsubscribe = t.onReport((r) => seen.push([...r]));
    device.emit('data', Buffer.from([2, 1, 0]));
    unsubscribe();
    device.emit('data', Buffer.from([2, 0, 0]));
    expect(seen).toEqual([[2, 1, 0]]);
  });

  it('reports a read error as one close (the device vanished), and close() still releases the handle', async () => {
    const { device, transport: t } = transport([]);
    const closes: unknown[] = [];
    t.onClose((e) => closes.push(e));
    const error = new Error('could not read from HID device');
    device.emit('error', error);
    await t.close();
    expect(closes).toEqual([error]);
    expect(device.closed).toBe(1);
  });

  it('close() closes the device and tells listeners once', async () => {
    const { device, transport: t } = transport([]);
    let closes = 0;
    t.onClose(() => closes++);
    await t.close();
    await t.close();
    expect([device.closed, closes]).toEqual([1, 1]);
  });
});

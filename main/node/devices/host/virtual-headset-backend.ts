// The harness can run the real HeadsetService on a virtual headset built from a real report descriptor
// (a fixture from test/fixtures/hid), so the whole headset path works without hardware.
import { readFileSync } from 'node:fs';
import type { HidDeviceInfo } from '../hid/hid-device-info';
import { VirtualHeadset } from '../hid/virtual-headset';
import { VirtualHidBackend, type VirtualDevice } from '../hid/virtual-hid-backend';

interface HidFixture {
  product: string;
  vid: string;
  pid: string;
  descriptorHex: string;
}

export function virtualHeadsetFromFixture(file: string): { backend: VirtualHidBackend; headset: VirtualHeadset; device: VirtualDevice } {
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as HidFixture;
  const headset = VirtualHeadset.fromHex(fixture.descriptorHex, { revertMs: 2000 });
  const info: HidDeviceInfo = {
    path: `virtual:${fixture.vid}:${fixture.pid}`,
    vendorId: Number(fixture.vid),
    productId: Number(fixture.pid),
    product: `${fixture.product} (virtual)`,
    usagePage: 0x0b,
    usage: 0x05,
  };
  const backend = new VirtualHidBackend();
  const device: VirtualDevice = { info, headset };
  backend.plug(device);
  return { backend, headset, device };
}

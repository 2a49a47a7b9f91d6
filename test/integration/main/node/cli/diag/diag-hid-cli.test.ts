// `diag hid` as the installer runs it: decode against every fixture, list and watch over virtual devices.
import { describe, expect, it } from 'vitest';
import { runHid } from '../../../../../../main/node/cli/diag/diag-hid';
import { VirtualHidBackend } from '../../../../../../main/node/devices/hid/virtual-hid-backend';
import { VirtualHeadset } from '../../../../../../main/node/devices/hid/virtual-headset';
import { flagByte, loadFixtures, type FixtureControl } from '../../../../../unit/common/hid/fixtures';

const fixtures = loadFixtures();

async function run(args: string[], deps?: Parameters<typeof runHid>[2]) {
  const lines: string[] = [];
  const code = await runHid(args, (line) => lines.push(line), deps);
  return { code, lines };
}

const fixtureFields = (c: FixtureControl) => ({
  usage: c.usage, name: c.name, reportId: c.reportId, bitOffset: c.bitOffset, bitSize: c.bitSize,
  relative: (flagByte(c) & 0x04) !== 0, constant: (flagByte(c) & 0x01) !== 0,
});

describe('diag hid decode', () => {
  it.each(fixtures)('$file: prints one JSON object with the fixture’s fields', async (fx) => {
    const { code, lines } = await run(['decode', fx.descriptorHex]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const printed = JSON.parse(lines[0]!) as { collections: unknown; inputs: Record<string, unknown>[]; outputs: Record<string, unknown>[] };
    expect(printed.collections).toEqual(fx.applicationCollections);
    expect(printed.inputs.map(({ arrayUsages: _a, ...rest }) => rest)).toEqual(fx.telephonyInputs.map(fixtureFields));
    expect(printed.outputs).toEqual(fx.ledOutputs.map(fixtureFields));
  });

  it.each([
    [['decode', 'zz'], 2, { error: 'invalid hex', reason: 'not a hex digit: "z"' }],
    [['decode', 'a101'], 1, { error: 'unsupported descriptor', reason: '1 collection(s) never closed' }],
    [['decode', '050c0901a101c0'], 1, { error: 'unsupported descriptor', reason: 'no Telephony (0x0B) application collection' }],
  ])('%j exits %i with a clear error', async (args, exitCode, error) => {
    const { code, lines } = await run(args);
    expect(code).toBe(exitCode);
    expect(lines.map((l) => JSON.parse(l))).toEqual([error]);
  });

  it('prints usage for an unknown subcommand', async () => {
    expect(await run(['frobnicate'])).toEqual({ code: 2, lines: [expect.stringMatching(/^usage: diag hid/)] });
  });
});

function backendWith(...files: string[]) {
  const backend = new VirtualHidBackend();
  const headsets = files.map((file, i) => {
    const fx = fixtures.find((f) => f.file === file)!;
    const headset = VirtualHeadset.fromHex(fx.descriptorHex);
    backend.plug({ info: { path: `/dev/hidraw${i}`, vendorId: Number(fx.vid), productId: Number(fx.pid), product: fx.product, usagePage: 0x0b }, headset });
    return headset;
  });
  return { backend, headsets };
}

describe('diag hid list', () => {
  it('prints each device with its status and capabilities; exit 1 when one cannot be used', async () => {
    const { backend } = backendWith('yealink-wh66.json', 'razer-kraken-kitty-v2.json');
    const { code, lines } = await run(['list'], { backend });
    expect(code).toBe(1);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ id: '/dev/hidraw0', name: 'Yealink WH66 (DECT headset base)', status: 'ok', inputs: expect.arrayContaining(['hookSwitch', 'phoneMute', 'keypad', 'reject']) }),
      expect.objectContaining({ id: '/dev/hidraw1', status: 'unsupported' }),
    ]);
  });

  it('says so when there is no telephony device', async () => {
    const { code, lines } = await run(['list'], { backend: new VirtualHidBackend() });
    expect(code).toBe(0);
    expect(lines).toEqual([expect.stringContaining('no HID device with a Telephony (0x0B) collection')]);
  });
});

describe('diag hid watch', () => {
  it('prints decoded events live, one JSON per line, until stopped', async () => {
    const { backend, headsets } = backendWith('epos-impact-d1.json');
    const stop = new AbortController();
    const lines: string[] = [];
    const done = runHid(['watch'], (line) => {
      lines.push(line);
      if (lines.length === 1) {
        headsets[0]!.setHook(true);
        headsets[0]!.pressMute();
      }
      if (lines.length === 3) stop.abort();
    }, { backend, signal: stop.signal });
    expect(await done).toBe(0);
    const events = lines.map((l) => JSON.parse(l));
    expect(events[0].devices).toEqual([expect.objectContaining({ status: 'ok', active: true })]);
    expect(events.slice(1)).toEqual([
      expect.objectContaining({ deviceId: '/dev/hidraw0', event: { kind: 'hook', offHook: true } }),
      expect.objectContaining({ deviceId: '/dev/hidraw0', event: { kind: 'press', control: 'phoneMute' } }),
      // mute is the one request acted on while idle: the app owns mute between calls
      expect.objectContaining({ deviceId: '/dev/hidraw0', action: { action: 'mute', muted: true } }),
    ]);
  });
});

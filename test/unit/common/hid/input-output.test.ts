// Decoding input reports and encoding LED reports against real descriptors' positions.
import { describe, expect, it } from 'vitest';
import { mapTelephonyDescriptor, type TelephonyMap } from '../../../../common/hid/telephony-map';
import { InputDecoder } from '../../../../common/hid/input-decoder';
import { OutputEncoder } from '../../../../common/hid/output-encoder';
import { descriptorBytes, expectedLedReports, loadFixtures, type HidFixture } from './fixtures';
import { hex } from './hex';

const fixtures = loadFixtures();
const byName = (file: string) => fixtures.find((f) => f.file === file)!;
function mapOf(fx: HidFixture): TelephonyMap {
  const r = mapTelephonyDescriptor(descriptorBytes(fx));
  if (!r.ok) throw new Error(r.reason);
  return r.map;
}

describe('InputDecoder', () => {
  it('reads the Jabra answer press from WICG/webhid #61 (report 2, [1, 0]) as hook up, then the revert as hook down', () => {
    const decoder = new InputDecoder(mapOf(byName('jabra-evolve-link-ms.json')));
    expect(decoder.decode(Uint8Array.of(2, 1, 0))).toEqual([{ kind: 'hook', offHook: true }]);
    expect(decoder.decode(Uint8Array.of(2, 1, 0))).toEqual([]); // duplicate: no edge
    expect(decoder.decode(Uint8Array.of(2, 0, 0))).toEqual([{ kind: 'hook', offHook: false }]);
  });

  it('reads a Sennheiser mute press (report 8 bit 0) on the rising edge only', () => {
    const decoder = new InputDecoder(mapOf(byName('sennheiser-sc660ancusb.json')));
    expect(decoder.decode(Uint8Array.of(8, 0b01))).toEqual([{ kind: 'press', control: 'phoneMute' }]);
    expect(decoder.decode(Uint8Array.of(8, 0b00))).toEqual([]);
  });

  it('ignores reports of vendor mirror collections', () => {
    const decoder = new InputDecoder(mapOf(byName('jabra-evolve-link-ms.json')));
    expect(decoder.decode(Uint8Array.of(4, 1, 0))).toEqual([]);
  });

  it.each([
    [1, '0'], [10, '9'], [11, '*'], [12, '#'],
  ])('reads keypad value %i as digit %s (bits 7..10 of Yealink report 2)', (value, digit) => {
    const decoder = new InputDecoder(mapOf(byName('yealink-wh66.json')));
    const bits = value << 7;
    expect(decoder.decode(Uint8Array.of(2, bits & 0xff, bits >> 8))).toEqual([{ kind: 'keypad', digit }]);
  });

  it('reads the EPOS one-entry Programmable Button array as reject', () => {
    const decoder = new InputDecoder(mapOf(byName('epos-impact-d1.json')));
    expect(decoder.decode(Uint8Array.of(2, 1 << 5))).toEqual([{ kind: 'press', control: 'reject' }]);
  });
});

describe('OutputEncoder', () => {
  const withLeds = fixtures.filter((f) => f.ledOutputs.length > 0);

  it.each(withLeds.map((f) => [f.file, f] as const))('%s: rebuilds whole reports, one write per changed report', (_file, fx) => {
    const encoder = new OutputEncoder(mapOf(fx));
    const ringing = expectedLedReports(fx, new Set(['Ring', 'Ringer']));
    const muted = expectedLedReports(fx, new Set(['Off-Hook', 'Mute', 'Microphone']));
    const idleReports = expectedLedReports(fx, new Set());

    const changedIds = (from: Map<number, number[]>, to: Map<number, number[]>) =>
      [...to].filter(([id, bytes]) => bytes.join() !== from.get(id)!.join()).map(([, bytes]) => bytes);

    expect(encoder.update({ ring: true, ringer: true }).map((r) => [...r])).toEqual(changedIds(idleReports, ringing));
    expect(encoder.update({ offHook: true, mute: true, microphone: true }).map((r) => [...r])).toEqual(changedIds(ringing, muted));
    expect(encoder.update({ offHook: true, mute: true, microphone: true })).toEqual([]);
    expect(encoder.all().map((r) => [...r])).toEqual([...muted.values()]);
  });
});

describe('a device without numbered reports', () => {
  // Hook (abs) bit 0, Mute (rel) bit 1 in; Off-Hook bit 0, Mute bit 1 out; no Report ID item at all.
  const result = mapTelephonyDescriptor(hex('05 0b 09 05 a1 01 15 00 25 01 75 01 09 20 95 01 81 22 09 2f 81 06 95 06 81 01 05 08 09 17 09 09 95 02 91 22 95 06 91 01 c0'));
  if (!result.ok) throw new Error(result.reason);

  it('reads input reports that start with the payload', () => {
    expect(new InputDecoder(result.map).decode(Uint8Array.of(0b01))).toEqual([{ kind: 'hook', offHook: true }]);
  });

  it('writes output reports prefixed with 0x00, as node-hid requires', () => {
    expect(new OutputEncoder(result.map).update({ offHook: true, mute: true }).map((r) => [...r])).toEqual([[0x00, 0b11]]);
  });
});

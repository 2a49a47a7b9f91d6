// Layouts the real corpus shows in the wild (headsets-hid.md §3.6), each reduced to a small descriptor.
import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../../../common/hid/descriptor-parser';
import { mapTelephonyDescriptor, type TelephonyMap } from '../../../../common/hid/telephony-map';
import { hex } from './hex';

function mapOf(descriptor: string): TelephonyMap {
  const result = mapTelephonyDescriptor(hex(descriptor));
  if (!result.ok) throw new Error(result.reason);
  return result.map;
}

const roles = (map: TelephonyMap) => map.inputs.map((c) => [c.role, c.reportId, c.bitOffset, c.constant]);

const HOOK_MUTE_BODY = '15 00 25 01 75 01 09 20 95 01 81 22 09 2f 81 06 95 06 81 01';
const LEDS_BODY = '05 08 75 01 09 17 09 09 95 02 91 22 95 06 91 01';

describe('telephony mapping quirks', () => {
  it.each([
    // Jabra/Yealink: `09 07 05 09 … 81 02` — Linux re-pages the lone usage to Button 7
    ['Usage Page after a lone Usage', '05 0b 09 05 a1 01 85 02 09 07 05 09 15 00 25 01 75 01 95 01 81 02 95 07 81 01 c0', 0x00090007],
    // Plantronics/Sennheiser: `09 07 05 09 09 01` — the last usage is already on page 9, so 0x0B0007 stays
    ['Usage Page between two Usages', '05 0b 09 05 a1 01 85 08 09 07 05 09 09 01 15 00 25 01 75 01 95 01 81 02 95 07 81 01 c0', 0x000b0007],
  ])('%s', (_name, descriptor, usage) => {
    const map = mapOf(descriptor);
    expect(map.inputs[0]).toMatchObject({ usage, role: 'reject', bitOffset: 0 });
    expect(map.callControl).toBe(true);
  });

  it('keeps constant-flagged fields that carry usages (Jabra Link 380c declares 0x23/0x07)', () => {
    const map = mapOf('05 0b 09 05 a1 01 85 02 15 00 25 01 75 01 09 20 95 01 81 23 09 2f 81 07 95 06 81 03 c0');
    expect(roles(map)).toEqual([['hookSwitch', 2, 0, true], ['phoneMute', 2, 1, true]]);
  });

  it('survives an application collection nested inside the headset collection (EPOS IMPACT)', () => {
    const map = mapOf(`05 0b 09 05 a1 01 85 02 ${HOOK_MUTE_BODY} a1 01 06 40 ff 85 40 0a 40 ff 75 08 95 01 b1 02 c0 85 03 ${LEDS_BODY} c0`);
    expect(roles(map)).toEqual([['hookSwitch', 2, 0, false], ['phoneMute', 2, 1, false]]);
    expect(map.outputs.map((c) => [c.role, c.reportId, c.bitOffset])).toEqual([['offHook', 3, 0], ['mute', 3, 1]]);
    expect(map.collections.map((c) => c.nested)).toEqual([false, true]);
  });

  it('ignores vendor mirror collections and finds telephony after other top-level collections', () => {
    const map = mapOf(
      '05 0c 09 01 a1 01 85 01 15 00 25 01 09 e9 09 ea 75 01 95 02 81 02 95 06 81 01 c0 '
      + '06 30 ff 09 05 a1 01 85 04 15 00 25 01 75 01 09 20 09 2f 95 02 81 22 95 06 81 01 c0 '
      + `05 0b 09 05 a1 01 85 08 ${HOOK_MUTE_BODY} c0`,
    );
    expect(roles(map)).toEqual([['hookSwitch', 8, 0, false], ['phoneMute', 8, 1, false]]);
    expect(map.collections.map((c) => c.name)).toEqual(['Consumer Control', 'Vendor 0xFF30:0x0005', 'Headset']);
  });

  it('reports an empty telephony collection as present but without call control (Razer)', () => {
    const map = mapOf('05 0c 09 01 a1 01 85 01 15 00 25 01 09 e9 75 01 95 01 81 02 95 07 81 01 c0 05 0b 09 05 a1 01 c0');
    expect(map.inputs).toEqual([]);
    expect(map.callControl).toBe(false);
  });

  it('gives report ID 0 to a device without numbered reports', () => {
    const map = mapOf(`05 0b 09 05 a1 01 ${HOOK_MUTE_BODY} ${LEDS_BODY} c0`);
    expect(map.usesReportIds).toBe(false);
    expect(roles(map)).toEqual([['hookSwitch', 0, 0, false], ['phoneMute', 0, 1, false]]);
  });

  it('finds the same positions whatever padding encoding the OS reconstructs (hidapi Windows vs sysfs)', () => {
    const linux = mapOf('05 0b 09 05 a1 01 85 08 15 00 25 01 09 2f 75 01 95 01 81 06 95 05 81 01 09 20 95 01 81 22 95 02 81 01 c0');
    const windows = mapOf('05 0b 09 05 a1 01 85 08 15 00 25 01 09 2f 75 01 95 01 81 06 75 05 95 01 81 03 09 20 75 01 95 01 81 22 75 02 95 01 81 03 c0');
    expect(roles(windows)).toEqual(roles(linux));
    expect(roles(linux)).toEqual([['phoneMute', 8, 0, false], ['hookSwitch', 8, 6, false]]);
  });

  it('expands a keypad Usage Minimum/Maximum into an array of phone keys', () => {
    const map = mapOf('05 0b 09 05 a1 01 85 02 09 06 a1 02 19 b0 29 bb 15 00 25 0b 75 04 95 01 81 00 c0 75 04 95 01 81 01 c0');
    expect(map.inputs[0]).toMatchObject({ role: 'keypad', usage: null, bitSize: 4, logicalMax: 11, collectionPath: 'App(Headset)/Log(Telephony Key Pad)' });
    expect(map.inputs[0]!.arrayUsages).toHaveLength(12);
  });

  it('reads Logical Maximum as unsigned when Logical Minimum is not negative (Linux rule)', () => {
    const parsed = parseDescriptor(hex('05 0b 09 05 a1 01 15 00 25 ff 75 08 95 01 09 20 81 02 c0'));
    expect(parsed.ok && parsed.descriptor.fields[0]!.logicalMax).toBe(255);
  });
});

describe('unsupported descriptors are a result, not an exception', () => {
  it.each([
    ['empty input', '', /empty/],
    ['a truncated item', '05 0b 09', /truncated item/],
    ['a truncated long item', 'fe 05 10 01', /truncated long item/],
    ['an unclosed collection', '05 0b 09 05 a1 01', /never closed/],
    ['an End Collection without a collection', 'c0', /End Collection/],
    ['Report ID 0', '05 0b 09 05 a1 01 85 00 c0', /Report ID 0/],
    ['Pop without Push', 'b4', /Pop without Push/],
    ['a Usage Maximum without a minimum', '05 0b 29 bb', /Usage Maximum/],
    ['no telephony collection', '05 0c 09 01 a1 01 c0', /no Telephony/],
    ['collections nested 65 deep', 'a1 00 '.repeat(65) + 'c0 '.repeat(65), /nested deeper than 64/],
  ])('%s', (_name, descriptor, reason) => {
    const result = mapTelephonyDescriptor(hex(descriptor));
    expect(result).toEqual({ ok: false, error: 'unsupported descriptor', reason: expect.stringMatching(reason) });
  });
});

// Jabra Link 380c: declares every telephony input Constant (0x23 / 0x07), which a parser that drops
// constant fields as padding would lose.
import { describe, expect, it } from 'vitest';
import { mapTelephonyDescriptor, type TelephonyMap } from '../../../../common/hid/telephony-map';
import { HeadsetController } from '../../../../common/hid/headset-controller';
import type { HeadsetAction } from '../../../../common/hid/headset-state-machine';
import { hex } from './hex';
import { JABRA_LINK_380C } from './jabra-link-380c.descriptor';

function link380c(): TelephonyMap {
  const r = mapTelephonyDescriptor(hex(JABRA_LINK_380C));
  if (!r.ok) throw new Error(r.reason);
  return r.map;
}

describe('Jabra Link 380c (constant-flagged telephony inputs)', () => {
  it('keeps the constant Hook Switch and Phone Mute, at their bit positions in report 2', () => {
    const inputs = link380c().inputs.filter((c) => c.role !== null).map((c) => [c.role, c.reportId, c.bitOffset, c.constant, c.relative]);
    expect(inputs).toEqual([
      ['hookSwitch', 2, 0, true, false],
      ['lineBusy', 2, 1, true, false],
      ['phoneMute', 2, 3, true, true],
      ['flash', 2, 4, true, true],
      ['redial', 2, 5, true, true],
      ['speedDial', 2, 6, true, true],
      ['keypad', 2, 7, false, false],
      ['reject', 2, 11, false, false], // `09 07 … 05 09` re-paged to Button 7
    ]);
  });

  it('answers and echoes Off-Hook, then echoes Mute and Microphone, in one 2-byte report each time', async () => {
    const map = link380c();
    const written: number[][] = [];
    let listener: (r: Uint8Array) => void = () => {};
    const actions: HeadsetAction[] = [];
    const controller = new HeadsetController(map, { write: (r) => { written.push([...r]); }, onReport: (l) => { listener = l; return () => {}; } }, {
      now: () => 0, onAction: (a) => actions.push(a),
    });
    controller.setCallState({ phase: 'ringing', muted: false });
    listener(Uint8Array.of(2, 0b0000_0001, 0)); // hook up
    controller.setCallState({ phase: 'connected', muted: true });
    await controller.flush();
    expect(actions).toEqual([{ action: 'answer' }]);
    // Output report 2: Off-Hook b0, Speaker b1, Mute b2, Ring b3, Hold b4, Microphone b5, On-Line b6, Ringer b7
    expect(written).toEqual([[2, 0b1000_1000, 0], [2, 0b0000_0001, 0], [2, 0b0010_0101, 0]]);
  });
});

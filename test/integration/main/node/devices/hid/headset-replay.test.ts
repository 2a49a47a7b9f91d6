// Whole call flows through the transport seam, on a virtual headset built from each real descriptor.
// Written reports are checked byte for byte against positions taken from the fixture files.
import { describe, expect, it } from 'vitest';
import { HeadsetController } from '../../../../../../common/hid/headset-controller';
import type { CallState, HeadsetAction } from '../../../../../../common/hid/headset-state-machine';
import { VirtualHeadset } from '../../../../../../main/node/devices/hid/virtual-headset';
import { expectedLedReports, loadFixtures, type HidFixture } from '../../../../../unit/common/hid/fixtures';
import { ManualClock } from './manual-clock';

const JABRA_REVERT_MS = 2000;
const callFixtures = loadFixtures().filter((f) => f.telephonyInputs.some((c) => c.name === 'Hook Switch'));

function rig(fx: HidFixture) {
  const clock = new ManualClock();
  const headset = VirtualHeadset.fromHex(fx.descriptorHex, { revertMs: JABRA_REVERT_MS, setTimer: clock.setTimer, clearTimer: clock.clearTimer });
  const actions: HeadsetAction[] = [];
  const controller = new HeadsetController(headset.map, headset, { now: clock.now, onAction: (a) => actions.push(a) });
  let seen = 0;
  /** Reports written since the last call, as plain arrays. */
  const newWrites = async () => {
    await controller.flush();
    const fresh = headset.written.slice(seen).map((r) => [...r]);
    seen = headset.written.length;
    return fresh;
  };
  return { clock, headset, actions, controller, newWrites };
}

/** The reports that must be written to go from LEDs `from` to LEDs `to`: only the changed ones, whole. */
function transition(fx: HidFixture, from: string[], to: string[]): number[][] {
  const before = expectedLedReports(fx, new Set(from));
  return [...expectedLedReports(fx, new Set(to))].filter(([id, bytes]) => bytes.join() !== before.get(id)!.join()).map(([, bytes]) => bytes);
}

const state = (phase: CallState['phase'], muted = false): CallState => ({ phase, muted });

describe.each(callFixtures)('$product', (fx) => {
  it('rings, answers from the headset with one acknowledgement, and survives the revert window', async () => {
    const { clock, headset, actions, controller, newWrites } = rig(fx);
    controller.setCallState(state('ringing'));
    expect(await newWrites()).toEqual(transition(fx, [], ['Ring', 'Ringer']));

    headset.setHook(true);
    expect(actions).toEqual([{ action: 'answer' }]);
    expect(await newWrites()).toEqual(transition(fx, ['Ring', 'Ringer'], ['Off-Hook']));

    controller.setCallState(state('connected')); // the app confirms: nothing left to write
    headset.repeatLast(); // duplicate report
    clock.advance(JABRA_REVERT_MS + 500); // acknowledged, so the device keeps its hook state
    expect(await newWrites()).toEqual([]);
    expect(actions).toEqual([{ action: 'answer' }]);
  });

  it('mute press: the app toggles, the Mute and Microphone LEDs echo it, a double report does nothing more', async () => {
    const { clock, headset, actions, controller, newWrites } = rig(fx);
    controller.setCallState(state('connected'));
    await newWrites();
    headset.pressMute();
    headset.repeatLast(); // Plantronics-style duplicate of the release
    expect(actions).toEqual([{ action: 'mute', muted: true }]);
    controller.setCallState(state('connected', true));
    expect(await newWrites()).toEqual(transition(fx, ['Off-Hook'], ['Off-Hook', 'Mute', 'Microphone']));
    expect(headset.led('mute')).toBe(true);

    clock.advance(1000);
    headset.pressMute();
    expect(actions.at(-1)).toEqual({ action: 'mute', muted: false });
  });

  it('a request repeated ~50 ms later (Plantronics double report) is one action', async () => {
    const { clock, headset, actions, controller } = rig(fx);
    controller.setCallState(state('connected'));
    headset.pressMute();
    clock.advance(50);
    headset.pressMute();
    expect(actions).toEqual([{ action: 'mute', muted: true }]);
  });

  it('hold keeps Off-Hook lit, and the hook going down afterwards hangs up and clears every LED', async () => {
    const { clock, headset, actions, controller, newWrites } = rig(fx);
    controller.setCallState(state('ringing'));
    headset.setHook(true);
    controller.setCallState(state('held'));
    await newWrites();
    expect(headset.led('offHook')).toBe(true);
    expect(headset.led('hold')).toBe(true);

    clock.advance(1000);
    headset.setHook(false);
    expect(actions).toEqual([{ action: 'answer' }, { action: 'hangup' }]);
    expect(await newWrites()).toEqual(transition(fx, ['Off-Hook', 'Hold'], []));
  });

  it('resendAll writes every LED report whole, once', async () => {
    const { controller, newWrites } = rig(fx);
    controller.setCallState(state('connected', true));
    await newWrites();
    controller.resendAll();
    expect(await newWrites()).toEqual([...expectedLedReports(fx, new Set(['Off-Hook', 'Mute', 'Microphone'])).values()]);
  });
});

describe('virtual headset without a host acknowledgement', () => {
  it.each(callFixtures)('$product takes its hook change back after the revert delay', (fx) => {
    const clock = new ManualClock();
    const headset = VirtualHeadset.fromHex(fx.descriptorHex, { revertMs: JABRA_REVERT_MS, setTimer: clock.setTimer, clearTimer: clock.clearTimer });
    const reports: number[][] = [];
    headset.onReport((r) => reports.push([...r]));
    headset.setHook(true);
    clock.advance(JABRA_REVERT_MS - 1);
    expect(reports).toHaveLength(1);
    clock.advance(1);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toEqual(reports[0]!.map((byte, i) => (i === 0 && fx.usesReportIds ? byte : 0)));
  });
});

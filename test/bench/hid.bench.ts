// 100 hook presses through the whole path: virtual headset (real Jabra descriptor) → parser-driven decoder
// → state machine → call-control callback → Off-Hook LED write back to the headset.
// Baseline: the same 100 round-trips through a bare EventEmitter, measured in the same run.
// Run: npx tsx test/bench/hid.bench.ts
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { HeadsetController } from '../../common/hid/headset-controller';
import { VirtualHeadset } from '../../main/node/devices/hid/virtual-headset';
import { HID_FIXTURE_DIR } from '../support/fixture-dirs';

const PRESSES = 100;
const FIXTURE = process.env.DIALDECK_HID_FIXTURES ?? HID_FIXTURE_DIR;

const p50 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

async function headsetPath(): Promise<number[]> {
  const { descriptorHex } = JSON.parse(readFileSync(`${FIXTURE}/jabra-evolve-link-ms.json`, 'utf8')) as { descriptorHex: string };
  const headset = VirtualHeadset.fromHex(descriptorHex);
  let clock = 0; // each press a second apart, so no press is taken for a bounce of the previous one
  let ledWritten: () => void = () => {};
  headset.onWrite(() => {
    if (headset.led('offHook')) ledWritten();
  });
  let answers = 0;
  const controller: HeadsetController = new HeadsetController(headset.map, headset, {
    now: () => clock,
    // The call-control callback: what the softphone does on answer / hang-up.
    onAction: ({ action }) => {
      if (action === 'answer') answers++;
      if (action === 'answer') controller.setCallState({ phase: 'connected', muted: false });
      if (action === 'hangup') controller.setCallState({ phase: 'idle', muted: false });
    },
  });
  const samples: number[] = [];
  for (let i = 0; i < PRESSES; i++) {
    clock += 1000;
    controller.setCallState({ phase: 'ringing', muted: false });
    await controller.flush();
    const answered = new Promise<void>((resolve) => { ledWritten = resolve; });
    const start = performance.now();
    headset.setHook(true);
    await Promise.race([answered, new Promise((_, reject) => setTimeout(() => reject(new Error(`press ${i}: no Off-Hook acknowledgement within 1 s`)), 1000).unref())]);
    samples.push(performance.now() - start);
    ledWritten = () => {};
    clock += 1000;
    headset.setHook(false);
    await controller.flush();
  }
  if (answers !== PRESSES) throw new Error(`expected ${PRESSES} answers, got ${answers}`);
  return samples;
}

async function bareEmitter(): Promise<number[]> {
  const device = new EventEmitter();
  const host = new EventEmitter();
  host.on('report', (report: Uint8Array) => device.emit('write', Uint8Array.of(report[0]!, 1, 0)));
  const samples: number[] = [];
  for (let i = 0; i < PRESSES; i++) {
    const written = new Promise<void>((resolve) => device.once('write', () => resolve()));
    const start = performance.now();
    queueMicrotask(() => host.emit('report', Uint8Array.of(2, 1, 0)));
    await written;
    samples.push(performance.now() - start);
  }
  return samples;
}

await headsetPath(); // warm-up: JIT and module init are not what we measure
const baseline = p50(await bareEmitter());
const measured = p50(await headsetPath());
console.log(`baseline: ${PRESSES} round-trips through a bare EventEmitter, p50 ${baseline.toFixed(4)} ms`);
console.log(`headset path p50 ${measured.toFixed(4)} ms = ${(measured / baseline).toFixed(1)}x the bare EventEmitter (target <= 50 ms)`);
console.log(JSON.stringify({ presses: PRESSES, hookToAnswerP50Ms: Number(measured.toFixed(4)) }));

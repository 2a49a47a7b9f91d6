import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ToneDetector, outcomeFromTone } from '../../../../../common/outcome/tones/tone-detector';
import type { ToneKind } from '../../../../../common/outcome/tones/tone-profile';
import { RATE, addNoise, cadence, frames, speechLike, synth, type Piece } from '../signals';

function detect(signal: Float32Array, rate = RATE, frameSize = 160): Array<{ kind: ToneKind; atMs: number }> {
  const detector = new ToneDetector(rate);
  return frames(signal, frameSize).flatMap((frame) => detector.feed(frame));
}
const kinds = (signal: Float32Array, rate = RATE): ToneKind[] => detect(signal, rate).map((d) => d.kind);

const dtmf = (low: number, high: number, onMs: number, offMs: number, cycles: number): Piece[] =>
  Array.from({ length: cycles }, () => [{ hz: [low, high], ms: onMs }, { silenceMs: offMs }] as Piece[]).flat();
const sit = (hz: [number, number, number], ms: number): Piece[] => [
  { hz: [hz[0]], ms },
  { hz: [hz[1]], ms },
  { hz: [hz[2]], ms },
  { silenceMs: 1000 },
];

describe('ToneDetector: what it must recognise', () => {
  const positives: Array<[string, Float32Array, number, ToneKind]> = [
    ['China busy 450 Hz 0.35/0.35 s', synth(cadence(450, 350, 350, 4)), RATE, 'busy'],
    ['busy under white noise (≈13 dB SNR)', addNoise(synth(cadence(450, 350, 350, 4)), 0.08), RATE, 'busy'],
    ['busy at -40 dBFS', synth(cadence(450, 350, 350, 4).map((p) => ('hz' in p ? { ...p, amplitude: 0.01 } : p))), RATE, 'busy'],
    ['busy joined mid-burst', synth([{ hz: [450], ms: 120 }, { silenceMs: 350 }, ...cadence(450, 350, 350, 3)]), RATE, 'busy'],
    ['busy at 16 kHz', synth(cadence(450, 350, 350, 4), 16_000), 16_000, 'busy'],
    ['busy at 48 kHz', synth(cadence(450, 350, 350, 4), 48_000), 48_000, 'busy'],
    ['busy with ±10 % timing jitter', synth([...cadence(450, 320, 380, 1), ...cadence(450, 385, 330, 1), ...cadence(450, 350, 350, 1)]), RATE, 'busy'],
    ['congestion 450 Hz 0.7/0.7 s', synth(cadence(450, 700, 700, 3)), RATE, 'congestion'],
    ['ringback 450 Hz 1/4 s', synth(cadence(450, 1000, 4000, 2)), RATE, 'ringback'],
    ['ringback under noise', addNoise(synth(cadence(450, 1000, 4000, 1)), 0.05, 3), RATE, 'ringback'],
    ['SIT nominal 950/1400/1800 Hz', synth(sit([950, 1400, 1800], 330)), RATE, 'sit'],
    ['SIT low variant, short segments (913.8/1370.6/1776.7 Hz, 274 ms)', synth(sit([913.8, 1370.6, 1776.7], 274)), RATE, 'sit'],
    ['SIT high variant, long segments (985.2/1428.5/1776.7 Hz, 380 ms)', synth(sit([985.2, 1428.5, 1776.7], 380)), RATE, 'sit'],
  ];
  it.each(positives)('%s', (_name, signal, rate, kind) => {
    expect(kinds(signal, rate)).toEqual([kind]);
  });

  it('reports busy once, as soon as two cycles are certain (not at the end of the signal)', () => {
    const found = detect(synth(cadence(450, 350, 350, 10)));
    expect(found).toHaveLength(1);
    expect(found[0]!.atMs).toBeGreaterThan(1250);
    expect(found[0]!.atMs).toBeLessThan(1500);
  });

  it('reports ringback within the first silence, without waiting for the second burst', () => {
    const found = detect(synth(cadence(450, 1000, 4000, 2)));
    expect(found[0]!.atMs).toBeLessThan(5000);
  });
});

describe('ToneDetector: what it must ignore', () => {
  const negatives: Array<[string, Float32Array]> = [
    ['silence', new Float32Array(RATE * 5)],
    ['white noise', addNoise(new Float32Array(RATE * 5), 0.3)],
    ['speech-like audio', speechLike(6000)],
    ['DTMF "5" (770+1336 Hz) in a busy-like cadence', synth(dtmf(770, 1336, 350, 350, 5))],
    ['DTMF "1" (697+1209 Hz) in a busy-like cadence', synth(dtmf(697, 1209, 350, 350, 5))],
    ['continuous 450 Hz (dial tone)', synth([{ hz: [450], ms: 5000 }])],
    ['1 kHz tone in busy cadence (wrong frequency)', synth(cadence(1000, 350, 350, 5))],
    ['450 Hz at 0.2/0.2 s (neither busy nor congestion)', synth(cadence(450, 200, 200, 8))],
    ['450 Hz at 0.5/0.5 s (between busy and congestion)', synth(cadence(450, 500, 500, 6))],
    ['SIT tones in the wrong order', synth(sit([1800, 1400, 950], 330))],
    ['SIT segments far too long', synth(sit([950, 1400, 1800], 900))],
    ['busy tone buried in speech-level noise', addNoise(synth(cadence(450, 350, 350, 4).map((p) => ('hz' in p ? { ...p, amplitude: 0.05 } : p))), 0.5)],
  ];
  it.each(negatives)('%s → nothing', (_name, signal) => {
    expect(kinds(signal)).toEqual([]);
  });
});

describe('ToneDetector: framing and input', () => {
  it('gives the same answer however the audio is cut into frames', () => {
    const signal = addNoise(synth([...cadence(450, 350, 350, 4), ...sit([950, 1400, 1800], 330)]), 0.05);
    const reference = detect(signal, RATE, 160);
    expect(reference.map((d) => d.kind)).toEqual(['busy', 'sit']);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 20 }), (sizes) => {
        const detector = new ToneDetector(RATE);
        const found = [];
        let offset = 0;
        for (let i = 0; offset < signal.length; i++) {
          const size = sizes[i % sizes.length]!;
          found.push(...detector.feed(signal.subarray(offset, offset + size)));
          offset += size;
        }
        expect(found).toEqual(reference);
      }),
      { numRuns: 25 },
    );
  });

  it.each([0, 7999, 44_100.5, 200_000, Number.NaN])('rejects sample rate %s', (rate) => {
    expect(() => new ToneDetector(rate)).toThrow(RangeError);
  });

  it('rejects frames with non-finite samples', () => {
    expect(() => new ToneDetector(RATE).feed(Float32Array.of(0, Number.NaN))).toThrow(/non-finite/);
  });
});

describe('outcomeFromTone', () => {
  it.each([
    ['busy', 'busy'],
    ['congestion', 'failed'],
    ['sit', 'invalidNumber'],
    ['ringback', undefined],
  ] as const)('%s → %s', (kind, outcome) => {
    expect(outcomeFromTone(kind)).toBe(outcome);
  });
});

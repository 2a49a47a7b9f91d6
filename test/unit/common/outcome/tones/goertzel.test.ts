import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toneShare } from '../../../../../common/outcome/tones/goertzel';
import { levelDbfs } from '../../../../../common/outcome/tones/block-classifier';
import { RATE, addNoise, synth } from '../signals';

describe('toneShare', () => {
  const table: Array<[string, Float32Array, number, number, number]> = [
    ['pure 450 Hz at 450 Hz', synth([{ hz: [450], ms: 20 }]), 450, 0.95, 1],
    ['pure 450 Hz at 950 Hz', synth([{ hz: [450], ms: 20 }]), 950, 0, 0.05],
    ['DTMF 770+1336 at 770 Hz (half the energy)', synth([{ hz: [770, 1336], ms: 20 }]), 770, 0.4, 0.6],
    ['silence', new Float32Array(160), 450, 0, 0],
  ];
  it.each(table)('%s', (_name, block, hz, min, max) => {
    const share = toneShare(block, hz, RATE);
    expect(share).toBeGreaterThanOrEqual(min);
    expect(share).toBeLessThanOrEqual(max);
  });

  it('is scale-free and stays within [0, 1] for any block', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 3500 }), fc.double({ min: 0.001, max: 1, noNaN: true }), fc.integer(), (hz, gain, seed) => {
        const block = addNoise(synth([{ hz: [hz], ms: 20, amplitude: gain }]), gain / 4, seed);
        const share = toneShare(block, hz, RATE);
        const scaled = toneShare(block.map((x) => x * 3), hz, RATE);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        expect(scaled).toBeCloseTo(share, 3);
      }),
    );
  });
});

describe('levelDbfs', () => {
  it.each([
    [1, 0],
    [0.1, -20],
    [0.01, -40],
  ])('a sine of amplitude %s reads %s dBFS', (amplitude, dbfs) => {
    expect(levelDbfs(synth([{ hz: [1000], ms: 20, amplitude }]))).toBeCloseTo(dbfs, 0);
  });
});

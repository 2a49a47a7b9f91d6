import { describe, expect, it } from 'vitest';
import { Decimator, gatewayLowPass, Interpolator } from '../../../../common/voice/resampler';

const tone = (hz: number, rate: number, seconds: number, amplitude = 0.5) =>
  Float32Array.from({ length: Math.round(rate * seconds) }, (_, n) => amplitude * Math.sin((2 * Math.PI * hz * n) / rate));
const rms = (x: Float32Array) => Math.sqrt(x.reduce((s, v) => s + v * v, 0) / x.length);
const db = (ratio: number) => 20 * Math.log10(ratio);
/** the filter's gain at one frequency, from its taps */
function responseDb(taps: Float64Array, hz: number, rate = 48000): number {
  let re = 0;
  let im = 0;
  taps.forEach((h, n) => {
    re += h * Math.cos((2 * Math.PI * hz * n) / rate);
    im -= h * Math.sin((2 * Math.PI * hz * n) / rate);
  });
  return db(Math.hypot(re, im));
}
/** power of one frequency in a signal (a single DFT bin), as an amplitude */
function amplitudeAt(x: Float32Array, hz: number, rate: number): number {
  let re = 0;
  let im = 0;
  x.forEach((v, n) => {
    re += v * Math.cos((2 * Math.PI * hz * n) / rate);
    im -= v * Math.sin((2 * Math.PI * hz * n) / rate);
  });
  return (2 * Math.hypot(re, im)) / x.length;
}
/** steady state: leave out the filter's start-up */
const settled = (x: Float32Array, skip: number) => x.subarray(skip);

describe('gateway low-pass', () => {
  const taps = gatewayLowPass();

  it('has a tap count that splits into 6 phases', () => {
    expect(taps.length % 6).toBe(0);
  });

  it('passes 300–3400 Hz within 0.1 dB', () => {
    for (let hz = 300; hz <= 3400; hz += 100) expect(Math.abs(responseDb(taps, hz)), `${hz} Hz`).toBeLessThan(0.1);
  });

  it('stops everything from 4.6 kHz (all that would alias into 0–3.4 kHz at 8 kHz) by ≥ 60 dB', () => {
    for (let hz = 4600; hz <= 24000; hz += 50) expect(responseDb(taps, hz), `${hz} Hz`).toBeLessThan(-60);
  });
});

describe('48 kHz → 8 kHz decimator', () => {
  it('passes a 1 kHz tone with < 0.5 dB loss', () => {
    const out = new Decimator().process(tone(1000, 48000, 1));
    expect(out.length).toBe(8000);
    expect(Math.abs(db(rms(settled(out, 100)) / rms(tone(1000, 8000, 1))))).toBeLessThan(0.5);
    expect(amplitudeAt(settled(out, 200), 1000, 8000)).toBeCloseTo(0.5, 2);
  });

  it('attenuates a 5 kHz tone by ≥ 50 dB (no alias at 3 kHz)', () => {
    const out = new Decimator().process(tone(5000, 48000, 1));
    expect(db(rms(settled(out, 100)) / (0.5 / Math.SQRT2))).toBeLessThan(-50);
    expect(db(amplitudeAt(settled(out, 200), 3000, 8000) / 0.5)).toBeLessThan(-60);
  });

  it('gives ceil(n / 6) samples and the same output whatever the chunking', () => {
    const input = tone(440, 48000, 0.5).map((v, i) => v + 0.1 * Math.sin(i * 0.37));
    const whole = new Decimator().process(input);
    expect(whole.length).toBe(Math.ceil(input.length / 6));
    let seed = 3;
    for (const maxChunk of [1, 5, 7, 128, 2000]) {
      const decimator = new Decimator();
      const parts: number[] = [];
      for (let pos = 0; pos < input.length; ) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        const size = 1 + (seed % maxChunk);
        parts.push(...decimator.process(input.subarray(pos, pos + size)));
        pos += size;
      }
      expect(parts.length, `chunks up to ${maxChunk}`).toBe(whole.length);
      expect(parts).toEqual([...whole]);
    }
    expect(new Decimator().process(new Float32Array(0)).length).toBe(0);
  });

  it('reset starts a new stream', () => {
    const decimator = new Decimator();
    const first = decimator.process(tone(1000, 48000, 0.01));
    decimator.process(tone(300, 48000, 0.013));
    decimator.reset();
    expect([...decimator.process(tone(1000, 48000, 0.01))]).toEqual([...first]);
  });
});

describe('8 kHz → 48 kHz interpolator', () => {
  it('passes a 1 kHz tone at unity gain and keeps its image at 7 kHz ≥ 60 dB down', () => {
    const out = new Interpolator().process(tone(1000, 8000, 1));
    expect(out.length).toBe(48000);
    const steady = settled(out, 1000);
    expect(Math.abs(db(amplitudeAt(steady, 1000, 48000) / 0.5))).toBeLessThan(0.1);
    expect(db(amplitudeAt(steady, 7000, 48000) / 0.5)).toBeLessThan(-60);
    expect(db(amplitudeAt(steady, 9000, 48000) / 0.5)).toBeLessThan(-60);
  });

  it('gives 6 × n samples and the same output whatever the chunking', () => {
    const input = tone(700, 8000, 0.3);
    const whole = new Interpolator().process(input);
    expect(whole.length).toBe(input.length * 6);
    const interpolator = new Interpolator();
    const parts: number[] = [];
    for (let pos = 0; pos < input.length; pos += 21) parts.push(...interpolator.process(input.subarray(pos, pos + 21)));
    expect(parts).toEqual([...whole]);
  });
});

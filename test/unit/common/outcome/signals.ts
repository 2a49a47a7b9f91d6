// Synthesised telephone audio for the tone-detector tests: sine bursts, cadences, DTMF, noise.
import { seededRandom } from '../../../../common/random/seeded-random';

export const RATE = 8000;

/** Deterministic PRNG so noisy tests are reproducible. */
export { seededRandom };

export type Piece = { hz: number[]; ms: number; amplitude?: number } | { silenceMs: number };

/** Concatenates tone pieces (a piece with several frequencies is a dual tone such as DTMF). */
export function synth(pieces: Piece[], rate = RATE): Float32Array {
  const parts = pieces.map((piece) => {
    if ('silenceMs' in piece) return new Float32Array(Math.round((rate * piece.silenceMs) / 1000));
    const out = new Float32Array(Math.round((rate * piece.ms) / 1000));
    const amplitude = (piece.amplitude ?? 0.3) / piece.hz.length;
    for (let i = 0; i < out.length; i++) {
      out[i] = piece.hz.reduce((sum, hz) => sum + amplitude * Math.sin((2 * Math.PI * hz * i) / rate), 0);
    }
    return out;
  });
  const total = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    total.set(part, offset);
    offset += part.length;
  }
  return total;
}

/** `cycles` repetitions of on-tone / off-silence. */
export function cadence(hz: number, onMs: number, offMs: number, cycles: number): Piece[] {
  return Array.from({ length: cycles }, () => [{ hz: [hz], ms: onMs }, { silenceMs: offMs }] as Piece[]).flat();
}

/** Adds white noise of the given peak amplitude (in place, returns the same array). */
export function addNoise(signal: Float32Array, peak: number, seed = 1): Float32Array {
  const random = seededRandom(seed);
  for (let i = 0; i < signal.length; i++) signal[i] = signal[i]! + peak * (random() * 2 - 1);
  return signal;
}

/**
 * Speech-like signal: a 120 Hz glottal buzz (many harmonics) through moving formants, with syllable
 * envelopes and pauses. Broadband, so no single frequency carries most of the energy.
 */
export function speechLike(ms: number, seed = 7, rate = RATE): Float32Array {
  const random = seededRandom(seed);
  const out = new Float32Array(Math.round((rate * ms) / 1000));
  let formant = 500;
  for (let i = 0; i < out.length; i++) {
    if (i % 800 === 0) formant = 300 + random() * 2000;
    const t = i / rate;
    const syllable = Math.max(0, Math.sin(2 * Math.PI * 4 * t));
    let sample = 0;
    for (let h = 1; h <= 25; h++) {
      const f = 120 * h;
      const weight = 1 / (1 + ((f - formant) / 300) ** 2);
      sample += weight * Math.sin(2 * Math.PI * f * t + h);
    }
    out[i] = 0.1 * syllable * sample + 0.01 * (random() * 2 - 1);
  }
  return out;
}

/** Splits a signal into frames of a given size, as an audio callback would deliver it. */
export function frames(signal: Float32Array, size: number): Float32Array[] {
  const out: Float32Array[] = [];
  for (let i = 0; i < signal.length; i += size) out.push(signal.subarray(i, i + size));
  return out;
}

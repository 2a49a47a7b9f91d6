/**
 * 48 kHz ↔ 8 kHz for gateway audio: microphone capture down to the modem's rate, modem audio up to the
 * audio context's rate. Integer factor 6, one windowed-sinc low-pass (Kaiser window) shared by both ways:
 * pass band to 3.4 kHz, stop band from 4.6 kHz (everything that would alias into 0–3.4 kHz at 8 kHz),
 * ≥ 60 dB down there (designed for 65).
 *
 * Polyphase: the decimator computes only the outputs it keeps (one FIR sum per 8 kHz sample), the
 * interpolator runs the filter's six phases over the 8 kHz input without multiplying inserted zeros.
 * Both are streaming: any chunking of the input gives the same output, sample for sample, and exactly
 * ceil(n / 6) (down) or 6 × n (up) samples for n in. The delay is (taps − 1) / 2 samples at 48 kHz
 * (≈ 1.7 ms).
 *
 * Plain TypeScript, no WASM and no eval, so it runs in an AudioWorklet under the app's CSP
 * (`script-src 'self'`, no 'wasm-unsafe-eval'). See README.md for the libraries considered.
 */

export interface LowPassDesign {
  sampleRate: number;
  /** the -6 dB point: the middle of the transition band */
  cutoffHz: number;
  /** transition band width */
  transitionHz: number;
  /** stop band attenuation aimed for */
  attenuationDb: number;
  /** round the tap count up to a multiple of this (the polyphase factor) */
  multipleOf?: number;
}

/** Zeroth-order modified Bessel function of the first kind, by its power series. */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const half = x / 2;
  for (let k = 1; k < 64; k++) {
    term *= (half / k) * (half / k);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return sum;
}

/** Kaiser-window low-pass FIR, unity gain at DC (Kaiser's formulas for β and the length). */
export function designLowPass(design: LowPassDesign): Float64Array {
  const { sampleRate, cutoffHz, transitionHz, attenuationDb, multipleOf = 1 } = design;
  const a = attenuationDb;
  const beta = a > 50 ? 0.1102 * (a - 8.7) : a >= 21 ? 0.5842 * (a - 21) ** 0.4 + 0.07886 * (a - 21) : 0;
  const deltaOmega = (2 * Math.PI * transitionHz) / sampleRate;
  const minTaps = Math.ceil((a - 7.95) / (2.285 * deltaOmega)) + 1;
  const taps = Math.ceil(minTaps / multipleOf) * multipleOf;
  const h = new Float64Array(taps);
  const middle = (taps - 1) / 2;
  const fc = cutoffHz / sampleRate;
  const i0Beta = besselI0(beta);
  let sum = 0;
  for (let n = 0; n < taps; n++) {
    const t = n - middle;
    const sinc = t === 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * t) / (Math.PI * t);
    const r = t / middle;
    const window = besselI0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / i0Beta;
    h[n] = sinc * window;
    sum += h[n] as number;
  }
  for (let n = 0; n < taps; n++) h[n] = (h[n] as number) / sum;
  return h;
}

export const GATEWAY_FACTOR = 6;

/** The 48 kHz low-pass for the 8 kHz gateway rate: pass 0–3.4 kHz, stop from 4.6 kHz at ≥ 60 dB. */
export function gatewayLowPass(): Float64Array {
  return designLowPass({ sampleRate: 48000, cutoffHz: 4000, transitionHz: 1200, attenuationDb: 65, multipleOf: GATEWAY_FACTOR });
}

/** 48 kHz → 8 kHz (or any integer factor with a matching low-pass), streaming. */
export class Decimator {
  private readonly taps: Float64Array;
  /** the last taps − 1 input samples, then room for the current chunk */
  private buffer: Float32Array;
  /** input samples seen so far (for the output phase) */
  private consumed = 0;

  constructor(
    private readonly factor = GATEWAY_FACTOR,
    taps: Float64Array = gatewayLowPass(),
  ) {
    this.taps = taps;
    this.buffer = new Float32Array(taps.length - 1 + 1024);
  }

  process(input: Float32Array): Float32Array {
    const { factor, taps } = this;
    const keep = taps.length - 1;
    const buf = (this.buffer = withHistory(this.buffer, keep, input));
    const first = (factor - (this.consumed % factor)) % factor;
    const count = first < input.length ? Math.floor((input.length - 1 - first) / factor) + 1 : 0;
    const out = new Float32Array(count);
    for (let j = 0; j < count; j++) {
      const end = keep + first + j * factor; // buf index of the newest sample in this output's sum
      let acc = 0;
      for (let k = 0; k < taps.length; k++) acc += (taps[k] as number) * (buf[end - k] as number);
      out[j] = acc;
    }
    buf.copyWithin(0, input.length, input.length + keep);
    this.consumed += input.length;
    return out;
  }

  reset(): void {
    this.buffer.fill(0);
    this.consumed = 0;
  }
}

/** 8 kHz → 48 kHz (or any integer factor), streaming, through the same low-pass split into phases. */
export class Interpolator {
  /** phases[p][j] = factor × taps[p + j × factor] */
  private readonly phases: Float64Array[];
  private readonly span: number;
  /** the last span − 1 input samples, then the current chunk */
  private buffer: Float32Array;

  constructor(
    private readonly factor = GATEWAY_FACTOR,
    taps: Float64Array = gatewayLowPass(),
  ) {
    this.span = Math.ceil(taps.length / factor);
    this.phases = Array.from({ length: factor }, (_, p) =>
      Float64Array.from({ length: this.span }, (_, j) => factor * ((taps[p + j * factor] as number | undefined) ?? 0)),
    );
    this.buffer = new Float32Array(this.span - 1 + 1024);
  }

  process(input: Float32Array): Float32Array {
    const { factor, span, phases } = this;
    const keep = span - 1;
    const buf = (this.buffer = withHistory(this.buffer, keep, input));
    const out = new Float32Array(input.length * factor);
    for (let n = 0; n < input.length; n++) {
      const newest = keep + n;
      for (let p = 0; p < factor; p++) {
        const phase = phases[p] as Float64Array;
        let acc = 0;
        for (let j = 0; j < span; j++) acc += (phase[j] as number) * (buf[newest - j] as number);
        out[n * factor + p] = acc;
      }
    }
    buf.copyWithin(0, input.length, input.length + keep);
    return out;
  }

  reset(): void {
    this.buffer.fill(0);
  }
}

/** The filter's history (the first `keep` samples of `buffer`) followed by `input`, growing the buffer if needed. */
function withHistory(buffer: Float32Array, keep: number, input: Float32Array): Float32Array {
  let buf = buffer;
  if (buf.length < keep + input.length) {
    buf = new Float32Array(keep + input.length);
    buf.set(buffer.subarray(0, keep));
  }
  buf.set(input, keep);
  return buf;
}

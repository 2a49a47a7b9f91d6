/**
 * Sample formats of gateway audio, to and from 16-bit linear samples (`Int16Array`, host order).
 *
 * - `pcm16le`: signed 16-bit little-endian, what Huawei/Quectel/SIMCom audio ports and a CX93001's
 *   `+VSM=133` ("14-bit" = 16-bit words, low two bits zero) carry. Read and written byte by byte, never
 *   through a host-order view, so a big-endian host does not turn it into noise.
 * - `ulaw` / `alaw`: ITU-T G.711, by the reference algorithm of the CCITT/Sun `g711.c` (the one the
 *   ITU-T G.191 software tools carry): µ-law is 14-bit, A-law 13-bit linear, scaled to 16 bits.
 * - `u8` / `s8`: 8-bit linear PCM, unsigned (silence 0x80) and signed, that V.253 modems offer as
 *   `+VSM` 1/128/130 and 0.
 *
 * Written here rather than taken from npm (`alawmulaw` 6.0.0, MIT, no dependencies, would do the G.711
 * part) because common/ may import only zod and libphonenumber-js, and the codec is a few table lines.
 */

export type VoiceCodec = 'pcm16le' | 'ulaw' | 'alaw' | 'u8' | 's8';

export function bytesPerSample(codec: VoiceCodec): number {
  return codec === 'pcm16le' ? 2 : 1;
}

/**
 * The codec a `+VSM=<cml>` compression code selects (V.253 Table 17 and the chips' `AT+VSM=?` lists), or
 * null for ones not handled here (ADPCM 129/140/141, G.729/G.723/G.726/G.728).
 */
export function codecForVsm(cml: number): VoiceCodec | null {
  switch (cml) {
    case 0:
      return 's8';
    case 1:
    case 128: // USR's "8-BIT LINEAR": unsigned, silence 0x7F/0x80 as callattendant plays it
    case 130:
      return 'u8';
    case 4:
    case 131:
      return 'ulaw';
    case 5:
    case 132:
      return 'alaw';
    case 133:
      return 'pcm16le';
    default:
      return null;
  }
}

/** The byte that encodes silence in a codec (what a short frame is padded with). */
export function silenceByte(codec: VoiceCodec): number {
  switch (codec) {
    case 'ulaw':
      return 0xff;
    case 'alaw':
      return 0xd5;
    case 'u8':
      return 0x80;
    default:
      return 0x00;
  }
}

// --- G.711 µ-law ---------------------------------------------------------------------------------

const ULAW_BIAS = 0x84;
const ULAW_CLIP = 8159; // 14-bit magnitude before the bias
const ULAW_SEG_END = [0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff, 0x1fff];
const ALAW_SEG_END = [0x1f, 0x3f, 0x7f, 0xff, 0x1ff, 0x3ff, 0x7ff, 0xfff];

function segment(value: number, ends: readonly number[]): number {
  for (let i = 0; i < ends.length; i++) if (value <= (ends[i] as number)) return i;
  return ends.length;
}

/** One µ-law byte → 16-bit sample (±32124 at most). */
export function mulawToLinear(byte: number): number {
  const u = ~byte & 0xff;
  const t = (((u & 0x0f) << 3) + ULAW_BIAS) << ((u & 0x70) >> 4);
  return u & 0x80 ? ULAW_BIAS - t : t - ULAW_BIAS;
}

/** One 16-bit sample → µ-law byte. */
export function linearToMulaw(sample: number): number {
  let pcm = sample >> 2;
  let mask = 0xff;
  if (pcm < 0) {
    pcm = -pcm;
    mask = 0x7f;
  }
  if (pcm > ULAW_CLIP) pcm = ULAW_CLIP;
  pcm += ULAW_BIAS >> 2;
  const seg = segment(pcm, ULAW_SEG_END);
  if (seg >= 8) return 0x7f ^ mask;
  return ((seg << 4) | ((pcm >> (seg + 1)) & 0x0f)) ^ mask;
}

// --- G.711 A-law ---------------------------------------------------------------------------------

/** One A-law byte → 16-bit sample (±32256 at most, ±8 nearest zero). */
export function alawToLinear(byte: number): number {
  const a = (byte ^ 0x55) & 0xff;
  let t = (a & 0x0f) << 4;
  const seg = (a & 0x70) >> 4;
  if (seg === 0) t += 8;
  else t = (t + 0x108) << (seg - 1);
  return a & 0x80 ? t : -t;
}

/** One 16-bit sample → A-law byte. */
export function linearToAlaw(sample: number): number {
  let pcm = sample >> 3;
  let mask = 0xd5;
  if (pcm < 0) {
    mask = 0x55;
    pcm = -pcm - 1;
  }
  const seg = segment(pcm, ALAW_SEG_END);
  if (seg >= 8) return 0x7f ^ mask;
  const quant = seg < 2 ? (pcm >> 1) & 0x0f : (pcm >> seg) & 0x0f;
  return ((seg << 4) | quant) ^ mask;
}

const ULAW_TABLE = Int16Array.from({ length: 256 }, (_, b) => mulawToLinear(b));
const ALAW_TABLE = Int16Array.from({ length: 256 }, (_, b) => alawToLinear(b));

// --- whole buffers -------------------------------------------------------------------------------

/**
 * Bytes of a codec → 16-bit samples. For `pcm16le` an odd trailing byte is not a sample and is left out:
 * the caller assembles whole frames.
 */
export function decodeSamples(codec: VoiceCodec, bytes: Uint8Array): Int16Array {
  if (codec === 'pcm16le') {
    const out = new Int16Array(bytes.length >> 1);
    for (let i = 0; i < out.length; i++) out[i] = ((bytes[2 * i + 1] as number) << 8) | (bytes[2 * i] as number); // Int16Array wraps to signed
    return out;
  }
  const out = new Int16Array(bytes.length);
  const table = codec === 'ulaw' ? ULAW_TABLE : codec === 'alaw' ? ALAW_TABLE : null;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    out[i] = table ? (table[b] as number) : codec === 'u8' ? (b - 128) << 8 : ((b << 24) >> 24) << 8;
  }
  return out;
}

/** 16-bit samples → bytes of a codec (8-bit linear keeps the high byte, truncating). */
export function encodeSamples(codec: VoiceCodec, samples: Int16Array): Uint8Array {
  if (codec === 'pcm16le') {
    const out = new Uint8Array(samples.length * 2);
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i] as number;
      out[2 * i] = s & 0xff;
      out[2 * i + 1] = (s >> 8) & 0xff;
    }
    return out;
  }
  const out = new Uint8Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i] as number;
    out[i] = codec === 'ulaw' ? linearToMulaw(s) : codec === 'alaw' ? linearToAlaw(s) : codec === 'u8' ? (s >> 8) + 128 : (s >> 8) & 0xff;
  }
  return out;
}

/** 16-bit samples → Web Audio floats in [-1, 1): s / 32768, exact. */
export function int16ToFloat32(samples: Int16Array): Float32Array {
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = (samples[i] as number) / 32768;
  return out;
}

/** Web Audio floats → 16-bit samples, clamped and rounded (the inverse of int16ToFloat32 on its outputs). */
export function float32ToInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.round((samples[i] as number) * 32768);
    out[i] = v > 32767 ? 32767 : v < -32768 ? -32768 : v; // NaN becomes 0
  }
  return out;
}

export function pcm16leToFloat32(bytes: Uint8Array): Float32Array {
  return int16ToFloat32(decodeSamples('pcm16le', bytes));
}

export function float32ToPcm16le(samples: Float32Array): Uint8Array {
  return encodeSamples('pcm16le', float32ToInt16(samples));
}

// The ringtone, synthesised here instead of shipped as a binary: a 450 Hz tone, 1 s on / 2 s off
// (the Chinese ringback cadence), as a 16-bit mono WAV the engine's Ringer can loop on any output.
const sampleRate = 8000;

function wav(samples: Int16Array): Blob {
  const header = new DataView(new ArrayBuffer(44));
  const text = (offset: number, s: string) => [...s].forEach((c, i) => header.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  header.setUint32(4, 36 + samples.byteLength, true);
  text(8, 'WAVEfmt ');
  header.setUint32(16, 16, true);
  header.setUint16(20, 1, true); // PCM
  header.setUint16(22, 1, true); // mono
  header.setUint32(24, sampleRate, true);
  header.setUint32(28, sampleRate * 2, true);
  header.setUint16(32, 2, true);
  header.setUint16(34, 16, true);
  text(36, 'data');
  header.setUint32(40, samples.byteLength, true);
  return new Blob([header.buffer, samples.buffer as ArrayBuffer], { type: 'audio/wav' });
}

function ringCycle(): Int16Array {
  const on = sampleRate; // 1 s of tone
  const samples = new Int16Array(sampleRate * 3);
  for (let i = 0; i < on; i++) {
    const envelope = Math.min(1, i / 80, (on - i) / 80); // 10 ms ramps: no clicks
    samples[i] = Math.round(Math.sin((2 * Math.PI * 450 * i) / sampleRate) * envelope * 0.5 * 32767);
  }
  return samples;
}

let url: string | undefined;

/** A blob: URL of the ringtone (the CSP allows blob: media), made once per page. */
export function ringtoneUrl(): string {
  url ??= URL.createObjectURL(wav(ringCycle()));
  return url;
}

// A sine tone as a 16-bit mono WAV file, for Chromium's --use-file-for-fake-audio-capture: the fake
// microphone then "speaks" that tone through the app's real getUserMedia path (which loops the file).
import { writeFileSync } from 'node:fs';

export function writeToneWav(path: string, hz: number, seconds = 2, sampleRate = 48_000): string {
  const samples = Math.round(sampleRate * seconds);
  const data = Buffer.alloc(samples * 2);
  // whole cycles only, so the loop point does not click
  const cycles = Math.round(hz * seconds);
  for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * cycles * i) / samples) * 0.5 * 32767), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  writeFileSync(path, Buffer.concat([header, data]));
  return path;
}

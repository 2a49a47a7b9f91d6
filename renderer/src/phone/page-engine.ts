// The page's one PhoneEngine. Recordings the engine hands back are parked here until the call's log
// entry collects them (see ./call-log.ts).
import { PhoneEngine } from '../telephony';
import { ringtoneUrl } from './ringtone';

const recordings = new Map<string, Blob>();
const waiting = new Map<string, (blob: Blob) => void>();

let engine: PhoneEngine | undefined;

export function getEngine(): PhoneEngine {
  engine ??= new PhoneEngine({
    ringtoneUrl: ringtoneUrl(),
    onRecording: (blob, callId) => {
      const resolve = waiting.get(callId);
      if (resolve) resolve(blob);
      else recordings.set(callId, blob);
    },
  });
  return engine;
}

/** The recording of `callId` once the recorder has flushed it, or undefined after `timeoutMs`. */
export function takeRecording(callId: string, timeoutMs = 5000): Promise<Blob | undefined> {
  const ready = recordings.get(callId);
  recordings.delete(callId);
  if (ready) return Promise.resolve(ready);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(callId);
      resolve(undefined);
    }, timeoutMs);
    waiting.set(callId, (blob) => {
      clearTimeout(timer);
      waiting.delete(callId);
      resolve(blob);
    });
  });
}

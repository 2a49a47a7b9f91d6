import { VirtualClock } from './at-clock';
import { createDriver } from './drivers/create-driver';
import { familyFromManufacturer, type Family } from './drivers/family';
import { AtEngine } from './engine';
import type { GatewayEvent } from './events';
import type { Transcript } from './transcript';

/** The driver family a transcript was recorded with: `setup.mode`/`setup.family`, else its device text. */
export function familyOfTranscript(transcript: Transcript): Family {
  const declared = transcript.setup?.family ?? transcript.setup?.mode;
  if (typeof declared === 'string') {
    const family = familyFromManufacturer(declared);
    if (family !== 'generic' || declared === 'generic') return family;
    if (declared === 'fxo') return 'fxo';
  }
  return familyFromManufacturer(`${transcript.device ?? ''} ${transcript.name ?? ''}`);
}

export interface ReplayOptions {
  family?: Family;
}

/**
 * Replays a transcript through the real engine and driver: tx entries tell the engine what was written,
 * rx entries are fed exactly as read, and `gapMs`/`trailingIdleMs` advance a virtual clock (timeouts and
 * ring timers fire as they would have) without waiting.
 */
export function* replayTranscript(transcript: Transcript, options: ReplayOptions = {}): Generator<GatewayEvent> {
  const clock = new VirtualClock();
  const pending: GatewayEvent[] = [];
  const emit = (event: GatewayEvent): void => void pending.push(event);
  const engine = new AtEngine(clock, emit, null);
  engine.setHandler(createDriver(options.family ?? familyOfTranscript(transcript), clock, emit));
  for (const line of transcript.lines) {
    clock.advance(line.gapMs ?? 0);
    if (line.dir === 'tx') engine.observeTx(line.data);
    else engine.feed(line.data);
    yield* pending.splice(0);
  }
  clock.advance(transcript.trailingIdleMs ?? 0);
  yield* pending.splice(0);
}

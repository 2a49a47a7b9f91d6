import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../../../common/at/at-clock';
import { createDriver } from '../../../../common/at/drivers/create-driver';
import { FAMILIES, type Family } from '../../../../common/at/drivers/family';
import { AtEngine } from '../../../../common/at/engine';
import type { GatewayEvent } from '../../../../common/at/events';
import { replayTranscript } from '../../../../common/at/replay';
import { fixtureFiles, loadFixture } from './fixture-files';

/** Splits text into chunks at the given cut points (any byte boundary, like serialport reads). */
function resplit(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let last = 0;
  for (const p of points) {
    chunks.push(text.slice(last, p));
    last = p;
  }
  chunks.push(text.slice(last));
  return chunks.filter(Boolean);
}

function rig(family: Family) {
  const clock = new VirtualClock();
  const events: GatewayEvent[] = [];
  const written: string[] = [];
  const engine = new AtEngine(clock, (e) => events.push(e), (d) => void written.push(d));
  engine.setHandler(createDriver(family, clock, (e) => events.push(e)));
  return { clock, events, engine, written };
}

describe('fuzz: the engine survives any input and never waits past a timeout', () => {
  it('random bytes while a command is in flight', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FAMILIES), fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 20 }), async (family, chunks) => {
        const { clock, engine } = rig(family);
        const outcome = engine.send('AT+CSQ', { timeoutMs: 1_000 }).then(
          () => 'done',
          (e: Error) => e.name,
        );
        for (const chunk of chunks) engine.feed(String.fromCharCode(...chunk));
        clock.advance(1_001);
        await expect(outcome).resolves.toMatch(/done|Error/);
        expect(engine.busy).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it.each(fixtureFiles)('random re-splits of %s give the same events as the original', (file) => {
    const transcript = loadFixture(file);
    const reference = JSON.stringify([...replayTranscript(transcript)]);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
        // Re-split every rx line; gaps stay on the first chunk so timers see the same elapsed time.
        const lines = transcript.lines.flatMap((line) =>
          line.dir === 'rx'
            ? resplit(line.data, cuts).map((data, i) => ({ dir: 'rx' as const, data, gapMs: i === 0 ? line.gapMs : 0 }))
            : [line],
        );
        expect(JSON.stringify([...replayTranscript({ ...transcript, lines })])).toBe(reference);
      }),
      { numRuns: 100 },
    );
  });

  it.each(fixtureFiles)('%s with random bytes injected leaves no command pending after its timeout', (file) => {
    const transcript = loadFixture(file);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })), { maxLength: 6 }), (noise) => {
        const lines = [...transcript.lines];
        for (const [at, bytes] of noise) lines.splice(at % (lines.length + 1), 0, { dir: 'rx', data: String.fromCharCode(...bytes) });
        const { clock, engine } = rig('generic');
        for (const line of lines) {
          clock.advance(line.gapMs ?? 0);
          if (line.dir === 'tx') engine.observeTx(line.data);
          else engine.feed(line.data);
        }
        // The longest per-command timeout is 180 s (AT+COPS=?).
        clock.advance(180_001);
        expect(engine.busy).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

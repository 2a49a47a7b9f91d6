import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Transcript } from '../../../../common/at/transcript';
import { FixturePlayer, type PlayOptions } from '../../../support/modem-sim/fixture-player';

/** A caller-ID fixture in miniature: its own setup exchange, then rings; and an outgoing call that waits for ATD. */
const FXO: Transcript = {
  lines: [
    { dir: 'tx', data: 'AT#CID=2\r' },
    { dir: 'rx', data: '\r\nOK\r\n' },
    { dir: 'rx', data: '\r\nRING\r\n' },
    { dir: 'rx', data: '\r\n0412...\r\n', gapMs: 1500 },
  ],
};
const DIAL: Transcript = {
  lines: [
    { dir: 'rx', data: '\r\n^BOOT:1\r\n' },
    { dir: 'tx', data: 'ATD123;\r' },
    { dir: 'rx', data: '\r\nOK\r\n' },
    { dir: 'rx', data: '\r\n^CONN:1,0\r\n', gapMs: 3000 },
  ],
};

describe('FixturePlayer serves a fixture rx side in answer to the driver tx', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  function play(transcript: Transcript, options?: PlayOptions) {
    const written: string[] = [];
    const player = new FixturePlayer(transcript, (data) => void written.push(data), options);
    player.start();
    return { player, written };
  }

  it.each<[string, Transcript, PlayOptions, number, string[]]>([
    ['skipped setup: the rings play with their gaps', FXO, { skipSetup: true }, 1500, ['\r\nRING\r\n', '\r\n0412...\r\n']],
    ['--speed divides the gaps', FXO, { skipSetup: true, speed: 3 }, 500, ['\r\nRING\r\n', '\r\n0412...\r\n']],
    ['without skipping, playback waits for the setup command', FXO, {}, 10_000, []],
    ['leading unsolicited rx plays, then it waits for ATD', DIAL, {}, 10_000, ['\r\n^BOOT:1\r\n']],
  ])('%s', (_name, transcript, options, elapseMs, expected) => {
    const { written } = play(transcript, options);
    vi.advanceTimersByTime(elapseMs);
    expect(written).toEqual(expected);
  });

  it('answers the expected command (whatever its case) and goes on; other commands are not its business', () => {
    const { player, written } = play(DIAL);
    vi.advanceTimersByTime(0);
    expect(player.onCommand('AT+CSQ')).toBe(false);
    expect(player.onCommand('atd123;')).toBe(true);
    vi.advanceTimersByTime(2_999);
    expect(written).toEqual(['\r\n^BOOT:1\r\n', '\r\nOK\r\n']);
    vi.advanceTimersByTime(1);
    expect(written.at(-1)).toBe('\r\n^CONN:1,0\r\n');
    expect(player.done).toBe(true);
  });
});

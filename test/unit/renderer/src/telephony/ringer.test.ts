import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Ringer } from '../../../../../renderer/src/telephony/ringer';

class FakeAudio {
  static made: FakeAudio[] = [];
  loop = false;
  sinkId = '';
  paused = true;
  constructor(readonly src: string) {
    FakeAudio.made.push(this);
  }
  setSinkId(id: string): Promise<void> {
    this.sinkId = id;
    return Promise.resolve();
  }
  play(): Promise<void> {
    this.paused = false;
    return Promise.resolve();
  }
  pause(): void {
    this.paused = true;
  }
}

describe('Ringer', () => {
  beforeEach(() => {
    FakeAudio.made = [];
    vi.stubGlobal('Audio', FakeAudio);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('rings every chosen output at once, looping, and stops them all', async () => {
    const ringer = new Ringer('/ring.ogg');
    ringer.start(['headset', 'desk-speaker']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(FakeAudio.made.map((a) => [a.src, a.sinkId, a.loop, a.paused])).toEqual([
      ['/ring.ogg', 'headset', true, false],
      ['/ring.ogg', 'desk-speaker', true, false],
    ]);
    ringer.stop();
    expect(FakeAudio.made.every((a) => a.paused)).toBe(true);
    expect(ringer.ringing).toBe(false);
  });

  it('uses the default output when none is chosen and does not double-ring', () => {
    const ringer = new Ringer('/ring.ogg');
    ringer.start([]);
    ringer.start(['headset']);
    expect(FakeAudio.made.map((a) => [a.src, a.sinkId])).toEqual([['/ring.ogg', '']]);
  });

  it('stays silent without a ringtone', () => {
    new Ringer(undefined).start(['headset']);
    expect(FakeAudio.made).toEqual([]);
  });
});

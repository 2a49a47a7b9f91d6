import { parseFinal } from '../../../common/at/final-codes';
import type { Transcript, TranscriptLine } from '../../../common/at/transcript';

/** The fixture waits for the driver to write this command, or writes these bytes after a pause. */
type Step = { kind: 'await'; command: string } | { kind: 'write'; data: string; gapMs: number };

export interface PlayOptions {
  /**
   * Drop the fixture's leading exchanges (a tx and its rx up to the final result): they configure the
   * modem, which the driver already did its own way during initialisation (e.g. AT#CID=2 vs AT#CID=1).
   */
  skipSetup?: boolean;
  /** Divides every gapMs, so long recorded pauses do not slow tests down. */
  speed?: number;
}

/** Ends a command line (CR) or an SMS payload (Ctrl-Z); the simulator splits what the driver writes at these. */
export const TX_TERMINATORS = ['\r', '\x1a'];

/** A command as the simulator reads it, or a fixture tx entry: without its terminator, case-insensitive. */
export const normaliseCommand = (text: string): string =>
  [...text].filter((ch) => !TX_TERMINATORS.includes(ch)).join('').trim().toUpperCase();

const hasFinalResult = (data: string): boolean => data.split(/[\r\n]+/).some((line) => parseFinal(line.trim()) !== null);

/** Leading exchanges: a tx and its rx replies up to and including the one carrying its final result. */
function withoutSetup(lines: TranscriptLine[]): TranscriptLine[] {
  let i = 0;
  while (lines[i]?.dir === 'tx') {
    i++;
    for (let reply = lines[i]; reply?.dir === 'rx'; reply = lines[i]) {
      i++;
      if (hasFinalResult(reply.data)) break;
    }
  }
  return lines.slice(i);
}

function stepsOf(transcript: Transcript, options: PlayOptions): Step[] {
  const lines = options.skipSetup ? withoutSetup(transcript.lines) : transcript.lines;
  const speed = options.speed ?? 1;
  return lines.map<Step>((line) =>
    line.dir === 'tx' ? { kind: 'await', command: normaliseCommand(line.data) } : { kind: 'write', data: line.data, gapMs: (line.gapMs ?? 0) / speed },
  );
}

/**
 * Serves a fixture's rx side over the simulator's port: rx entries are written with their recorded gaps
 * (each as its own write, keeping the read boundaries), and at every tx entry playback waits until the
 * driver writes that command. Commands the fixture does not expect are left to the simulator's defaults.
 */
export class FixturePlayer {
  private readonly steps: Step[];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    transcript: Transcript,
    private readonly write: (data: string) => void,
    options: PlayOptions = {},
  ) {
    this.steps = stepsOf(transcript, options);
  }

  get done(): boolean {
    return this.steps.length === 0;
  }

  start(): void {
    this.advance();
  }

  /** True when the command was the fixture's next tx: the fixture answers it (and echoes it, if recorded). */
  onCommand(command: string): boolean {
    const next = this.steps[0];
    if (next?.kind !== 'await' || next.command !== normaliseCommand(command)) return false;
    this.steps.shift();
    this.advance();
    return true;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.steps.length = 0;
  }

  private advance(): void {
    const next = this.steps[0];
    if (next?.kind !== 'write') return;
    this.timer = setTimeout(() => {
      this.steps.shift();
      this.write(next.data);
      this.advance();
    }, next.gapMs);
  }
}

import type { BlockSymbol } from './tone-profile';

export interface Segment {
  readonly symbol: BlockSymbol;
  readonly durationMs: number;
}

/** A change of symbol is believed only after this many blocks in a row; shorter runs are glitches. */
const CONFIRM_BLOCKS = 2;

/**
 * Turns a stream of block symbols into runs ("450 Hz for 360 ms, silence for 340 ms, …"). A one-block
 * glitch (a noise spike, the block straddling a tone edge) is absorbed into the run around it.
 */
export class Segmenter {
  private current: BlockSymbol | undefined;
  private currentBlocks = 0;
  private candidate: BlockSymbol | undefined;
  private candidateBlocks = 0;

  constructor(private readonly blockMs: number) {}

  /** Feeds one block; returns the run it completed, if any. */
  push(symbol: BlockSymbol): Segment | undefined {
    if (this.current === undefined || symbol === this.current) {
      this.current = symbol;
      this.currentBlocks += 1 + this.candidateBlocks;
      this.clearCandidate();
      return undefined;
    }
    if (symbol !== this.candidate) {
      this.currentBlocks += this.candidateBlocks;
      this.candidate = symbol;
      this.candidateBlocks = 1;
    } else {
      this.candidateBlocks += 1;
    }
    if (this.candidateBlocks < CONFIRM_BLOCKS) return undefined;
    const completed = { symbol: this.current, durationMs: this.currentBlocks * this.blockMs };
    this.current = this.candidate;
    this.currentBlocks = this.candidateBlocks;
    this.clearCandidate();
    return completed;
  }

  /** The run still going on (its length so far), for decisions that need not wait for its end. */
  open(): Segment | undefined {
    return this.current === undefined ? undefined : { symbol: this.current, durationMs: this.currentBlocks * this.blockMs };
  }

  private clearCandidate(): void {
    this.candidate = undefined;
    this.candidateBlocks = 0;
  }
}

import type { DialOutcome } from '../dial-outcome';
import { classifyBlock } from './block-classifier';
import { matchesCadence, matchesSit } from './cadence-matcher';
import { Segmenter, type Segment } from './segmenter';
import { CHINA_TONES, ToneProfile, type BlockSymbol, type ToneKind } from './tone-profile';

export interface ToneDetection {
  readonly kind: ToneKind;
  /** Audio time since the first sample fed, so results do not depend on how fast frames arrive. */
  readonly atMs: number;
}

const KEEP_SEGMENTS = 8;

/**
 * Listens to early media (the audio before answer) and recognises carrier tones: busy, congestion,
 * ringback (by cadence) and SIT (by tone sequence). Feed it frames of any length; each kind is
 * reported once, at the moment it becomes certain.
 */
export class ToneDetector {
  private readonly blockSamples: number;
  private readonly blockMs: number;
  private readonly pending: Float32Array;
  private pendingLength = 0;
  private blocks = 0;
  private readonly reported = new Set<ToneKind>();
  // Cadence only cares whether the call-progress tone is present, so anything else is "off": line
  // noise between bursts must not split the off period into pieces.
  private readonly cadence: Segmenter;
  private readonly cadenceSegments: Segment[] = [];
  private readonly raw: Segmenter;
  private readonly rawSegments: Segment[] = [];

  constructor(
    private readonly sampleRate: number,
    private readonly profile: ToneProfile = CHINA_TONES,
  ) {
    if (!Number.isInteger(sampleRate) || sampleRate < 8000 || sampleRate > 192_000) {
      throw new RangeError(`Sample rate must be an integer between 8000 and 192000 Hz, got ${sampleRate}`);
    }
    ToneProfile.parse(profile);
    this.blockSamples = Math.round((sampleRate * profile.blockMs) / 1000);
    this.blockMs = (this.blockSamples * 1000) / sampleRate;
    this.pending = new Float32Array(this.blockSamples);
    this.cadence = new Segmenter(this.blockMs);
    this.raw = new Segmenter(this.blockMs);
  }

  feed(frame: Float32Array): ToneDetection[] {
    const detections: ToneDetection[] = [];
    for (const sample of frame) {
      if (!Number.isFinite(sample)) throw new RangeError('Audio frame contains a non-finite sample');
      this.pending[this.pendingLength++] = sample;
      if (this.pendingLength === this.blockSamples) {
        this.pendingLength = 0;
        this.blocks += 1;
        detections.push(...this.analyse(classifyBlock(this.pending, this.sampleRate, this.profile)));
      }
    }
    return detections;
  }

  private analyse(symbol: BlockSymbol): ToneDetection[] {
    remember(this.cadenceSegments, this.cadence.push(symbol === 'callProgress' ? 'callProgress' : 'silence'));
    remember(this.rawSegments, this.raw.push(symbol));
    const found: ToneKind[] = [];
    for (const pattern of this.profile.cadences) {
      if (matchesCadence(this.cadenceSegments, this.cadence.open(), pattern, this.profile.tolerance)) found.push(pattern.kind);
    }
    if (matchesSit(this.rawSegments, this.raw.open(), this.profile)) found.push('sit');
    const atMs = this.blocks * this.blockMs;
    return found.filter((kind) => this.firstTime(kind)).map((kind) => ({ kind, atMs }));
  }

  private firstTime(kind: ToneKind): boolean {
    if (this.reported.has(kind)) return false;
    this.reported.add(kind);
    return true;
  }
}

function remember(segments: Segment[], segment: Segment | undefined): void {
  if (segment === undefined) return;
  segments.push(segment);
  if (segments.length > KEEP_SEGMENTS) segments.shift();
}

/** Ringback only says "it is ringing"; the other tones end the attempt. */
const outcomeByTone: Readonly<Record<ToneKind, DialOutcome | undefined>> = {
  busy: 'busy',
  congestion: 'failed',
  sit: 'invalidNumber',
  ringback: undefined,
};

export function outcomeFromTone(kind: ToneKind): DialOutcome | undefined {
  return outcomeByTone[kind];
}

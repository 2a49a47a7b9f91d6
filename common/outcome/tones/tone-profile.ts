import { z } from 'zod';

/** What one analysis block sounded like. */
export type BlockSymbol = 'silence' | 'other' | 'callProgress' | 'sit1' | 'sit2' | 'sit3';
export type ToneSymbol = Exclude<BlockSymbol, 'silence' | 'other'>;

export const CadenceKind = z.enum(['busy', 'congestion', 'ringback']);
export type CadenceKind = z.infer<typeof CadenceKind>;
export type ToneKind = CadenceKind | 'sit';

const Hz = z.number().positive().max(4000);
const Ms = z.number().positive().max(10_000);

export const CadencePattern = z.object({
  kind: CadenceKind,
  onMs: Ms,
  offMs: Ms,
  /** How many on/off cycles must be heard before we believe it (one burst could be anything). */
  cycles: z.number().int().min(1).max(4),
});
export type CadencePattern = z.infer<typeof CadencePattern>;

/**
 * A country's call-progress tones. Several probe frequencies per band because real SIT tones come in
 * low/high variants (913.8/985.2, 1370.6/1428.5 Hz) around the nominal 950/1400/1800 Hz.
 */
export const ToneProfile = z.object({
  callProgressHz: z.array(Hz).min(1),
  sitHz: z.tuple([z.array(Hz).min(1), z.array(Hz).min(1), z.array(Hz).min(1)]),
  /** Duration range of each SIT segment (274 ms short, 380 ms long in ITU-T E.180). */
  sitSegmentMs: z.object({ min: Ms, max: Ms }),
  cadences: z.array(CadencePattern).min(1),
  /** Analysis block length; 20 ms gives 50 Hz resolution at 8 kHz, far enough from DTMF and SIT. */
  blockMs: z.number().min(5).max(100),
  /** Minimum share of a block's energy at one band for it to count as that tone. */
  minShare: z.number().gt(0.5).max(1),
  /** Quieter blocks count as silence (dBFS, 0 = full-scale sine). */
  silenceBelowDbfs: z.number().max(0),
  /** Accepted deviation from a nominal on/off duration, as a share of it. */
  tolerance: z.number().min(0.05).max(0.5),
});
export type ToneProfile = z.infer<typeof ToneProfile>;

/** China (YD/T 1279): 450 Hz; busy 0.35/0.35 s, congestion 0.7/0.7 s, ringback 1/4 s. */
export const CHINA_TONES: ToneProfile = ToneProfile.parse({
  callProgressHz: [450],
  sitHz: [
    [913.8, 950, 985.2],
    [1370.6, 1400, 1428.5],
    [1776.7, 1800],
  ],
  sitSegmentMs: { min: 200, max: 450 },
  cadences: [
    { kind: 'busy', onMs: 350, offMs: 350, cycles: 2 },
    { kind: 'congestion', onMs: 700, offMs: 700, cycles: 2 },
    { kind: 'ringback', onMs: 1000, offMs: 4000, cycles: 1 },
  ],
  blockMs: 20,
  minShare: 0.6,
  silenceBelowDbfs: -45,
  tolerance: 0.25,
});

import { blockEnergy, toneShare } from './goertzel';
import type { BlockSymbol, ToneProfile, ToneSymbol } from './tone-profile';

/** Level of a block in dBFS where a full-scale sine reads 0. */
export function levelDbfs(samples: Float32Array): number {
  if (samples.length === 0) return -Infinity;
  const meanSquare = blockEnergy(samples) / samples.length;
  return 10 * Math.log10(meanSquare * 2);
}

function bandsOf(profile: ToneProfile): ReadonlyArray<readonly [ToneSymbol, readonly number[]]> {
  return [
    ['callProgress', profile.callProgressHz],
    ['sit1', profile.sitHz[0]],
    ['sit2', profile.sitHz[1]],
    ['sit3', profile.sitHz[2]],
  ];
}

/**
 * One block → one symbol. A tone must carry most of the block's energy (minShare > 0.5), which is what
 * rejects dual tones such as DTMF (each half ≈ 0.5) and broadband speech.
 */
export function classifyBlock(samples: Float32Array, sampleRate: number, profile: ToneProfile): BlockSymbol {
  if (levelDbfs(samples) < profile.silenceBelowDbfs) return 'silence';
  let best: BlockSymbol = 'other';
  let bestShare = profile.minShare;
  for (const [symbol, frequencies] of bandsOf(profile)) {
    for (const frequency of frequencies) {
      const share = toneShare(samples, frequency, sampleRate);
      if (share >= bestShare) {
        best = symbol;
        bestShare = share;
      }
    }
  }
  return best;
}

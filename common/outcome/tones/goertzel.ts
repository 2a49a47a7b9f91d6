/**
 * Goertzel filter: the energy of one frequency in a block of samples, in O(n) with no FFT. The
 * frequency need not sit on a DFT bin; the magnitude formula is exact for any frequency.
 */
export function goertzelPower(samples: Float32Array, frequencyHz: number, sampleRate: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * frequencyHz) / sampleRate);
  let previous = 0;
  let beforePrevious = 0;
  for (const sample of samples) {
    const current = sample + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  return previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
}

export function blockEnergy(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return sum;
}

/**
 * Share of the block's energy that sits at `frequencyHz`, in [0, 1]: ~1 for a pure tone, ~0.5 for each
 * half of a dual tone (DTMF), small for speech and noise. Scale-free, so line level does not matter.
 */
export function toneShare(samples: Float32Array, frequencyHz: number, sampleRate: number): number {
  const energy = blockEnergy(samples);
  if (energy === 0) return 0;
  // Parseval: a pure sinusoid of energy E over n samples has Goertzel power n·E/2.
  const share = goertzelPower(samples, frequencyHz, sampleRate) / ((samples.length / 2) * energy);
  return Math.min(1, Math.max(0, share));
}

// Each lab agent sends its own tone; a far end "hears" it when the FFT peak lands within one bin or so.
export const within = (hz: number, target: number): boolean => Math.abs(hz - target) <= 15;

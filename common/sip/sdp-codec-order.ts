// Re-orders the payload types on every m=audio line so the account's preferred codecs come
// first. Codecs not named keep their relative order after them (telephone-event, CN, RED…),
// so DTMF and comfort noise still negotiate.
import type { Codec } from './account';

const rtpmap = /^a=rtpmap:(\d+) ([^/\s]+)\//;

export function preferCodecs(sdp: string, order: readonly Codec[]): string {
  const eol = sdp.includes('\r\n') ? '\r\n' : '\n';
  const lines = sdp.split(eol);
  const nameOf = new Map<string, string>();
  for (const line of lines) {
    const match = rtpmap.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) nameOf.set(match[1], match[2].toLowerCase());
  }
  const rank = (pt: string): number => {
    const index = order.findIndex((codec) => codec.toLowerCase() === nameOf.get(pt));
    return index < 0 ? order.length : index;
  };
  return lines
    .map((line) => {
      const match = /^(m=audio \S+ \S+) (.+)$/.exec(line);
      if (match?.[1] === undefined || match[2] === undefined) return line;
      // Array.prototype.sort is stable, so unranked payloads keep their original order.
      const payloads = match[2].split(' ').sort((a, b) => rank(a) - rank(b));
      return `${match[1]} ${payloads.join(' ')}`;
    })
    .join(eol);
}

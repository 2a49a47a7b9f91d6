/**
 * Chinese exports write extensions as 转123, 分机123, -转-123, "ext 123", "x123" or "#123".
 * libphonenumber-js understands only the Latin forms, so the Chinese markers are split off here.
 */
const EXTENSION_MARKER = /\s*(?:转|分机号?|ext\.?|extension|x|#)\s*[-:：]?\s*(\d{1,6})\s*$/i;

export interface SplitNumber {
  main: string;
  extension?: string;
}

export function splitExtension(text: string): SplitNumber {
  const match = EXTENSION_MARKER.exec(text);
  if (!match || match.index === 0) return { main: text };
  return { main: text.slice(0, match.index).replace(/[-\s]+$/, ''), extension: match[1] };
}

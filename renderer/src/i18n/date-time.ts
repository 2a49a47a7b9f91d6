// One way to show a moment in the UI language. zh-CN readers expect 2026-11-24 14:03 (24-hour, ISO-like
// date), which no built-in zh-CN format gives (they write 2026/11/24); English reads Nov 24, 2026, 2:03 PM.
// Callers used toLocaleString() with and without the UI language, so the same list mixed formats.

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${language}|${timeZone ?? ''}`;
  let format = cache.get(key);
  if (!format) {
    format = language.startsWith('zh')
      ? new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
      : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    cache.set(key, format);
  }
  return format;
}

/** A date and time to the minute in the UI language; `timeZone` defaults to the desk's own. */
export function formatDateTime(ms: number, language: string, timeZone?: string): string {
  const format = formatter(language, timeZone);
  if (!language.startsWith('zh')) return format.format(ms);
  const part = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

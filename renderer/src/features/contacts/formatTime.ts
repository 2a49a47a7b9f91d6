// Dates in the UI language (zh-CN: 2025/3/1 14:05).
export function formatTime(ms: number, language: string): string {
  return new Date(ms).toLocaleString(language, { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

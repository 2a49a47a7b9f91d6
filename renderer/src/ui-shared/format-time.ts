// Dates in the UI language (zh-CN: 2025-03-01 14:05), the same everywhere in the app.
import { formatDateTime } from '../i18n/date-time';

export function formatTime(ms: number, language: string): string {
  return formatDateTime(ms, language);
}

// Moments on screen: zh-CN readers get 2026-11-24 14:03 (24-hour, dashes), English readers Nov 24, 2026,
// 2:03 PM, from every screen alike (contacts, recent calls, the audit trail, a blocked dial's retry time).
import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../../../renderer/src/i18n/date-time';
import { formatTime } from '../../../../../renderer/src/ui-shared/format-time';

const at = (iso: string) => Date.parse(iso);

describe('formatDateTime', () => {
  it.each([
    ['2026-11-24T14:03:59+08:00', 'zh-CN', '2026-11-24 14:03'],
    ['2026-03-01T09:05:00+08:00', 'zh-CN', '2026-03-01 09:05'], // month, day and hour padded
    ['2026-03-01T00:05:00+08:00', 'zh-CN', '2026-03-01 00:05'], // midnight is 00, not 24
    ['2026-12-31T23:59:00+08:00', 'zh-CN', '2026-12-31 23:59'],
    ['2026-11-24T14:03:00+08:00', 'en', 'Nov 24, 2026, 2:03 PM'],
    ['2026-03-01T00:05:00+08:00', 'en', 'Mar 1, 2026, 12:05 AM'],
  ])('%s in %s → %s', (iso, language, expected) => {
    // Node may print U+202F before AM/PM; what the agent reads is the same
    expect(formatDateTime(at(iso), language, 'Asia/Shanghai').replace(/\u202f/g, ' ')).toBe(expected);
  });

  it('shows the moment in the zone it is given (the desk’s own by default)', () => {
    const instant = at('2026-11-24T14:03:00Z');
    expect(formatDateTime(instant, 'zh-CN', 'UTC')).toBe('2026-11-24 14:03');
    expect(formatDateTime(instant, 'zh-CN', 'Asia/Shanghai')).toBe('2026-11-24 22:03');
    expect(formatDateTime(instant, 'zh-CN')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });

  it('is what the contact screens use', () => {
    const instant = at('2026-11-24T14:03:00Z');
    expect(formatTime(instant, 'zh-CN')).toBe(formatDateTime(instant, 'zh-CN'));
    expect(formatTime(instant, 'en')).toBe(formatDateTime(instant, 'en'));
  });
});

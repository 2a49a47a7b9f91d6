// Figures as the board shows them, in the UI language.
import { averageTalkMs, connectRate, type Metrics } from '../../../../common/stats';

export interface Formats {
  count(n: number): string;
  /** a rate, or a dash when there is none (nothing dialled) */
  rate(m: Pick<Metrics, 'connected' | 'outbound'>): string;
  /** part of a whole as a percentage, or a dash when the whole is 0 */
  share(part: number, whole: number): string;
  /** h:mm:ss or m:ss */
  duration(ms: number | null): string;
  averageTalk(m: Pick<Metrics, 'talkMs' | 'talked'>): string;
}

export function durationText(ms: number | null): string {
  if (ms === null) return '–';
  const total = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

export function formats(language: string): Formats {
  const count = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    count: (n) => count.format(n),
    rate: (m) => {
      const r = connectRate(m);
      return r === null ? '–' : percent.format(r);
    },
    share: (part, whole) => (whole === 0 ? '–' : percent.format(part / whole)),
    duration: durationText,
    averageTalk: (m) => durationText(averageTalkMs(m)),
  };
}

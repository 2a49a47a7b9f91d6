// Calling hours in the callee's time zone (windows per weekday, holidays), frequency caps per number,
// and the zones assumed for numbers whose country has none in the table.
import { useTranslation } from 'react-i18next';
import type { CompliancePolicy } from '../../../../common/compliance/compliance-policy';
import { FieldError } from './field-error';

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function HoursEditor({ policy, onChange, issues }: { policy: CompliancePolicy; onChange(p: CompliancePolicy): void; issues: Record<string, string> }) {
  const { t } = useTranslation();
  const hours = policy.callingHours;
  const windows = hours.windows;
  const setWindows = (next: typeof windows) => onChange({ ...policy, callingHours: { ...hours, windows: next } });
  const num = (value: string) => (value === '' ? Number.NaN : Number(value));
  const list = (text: string) => text.split(/[\s,，]+/).filter(Boolean);
  return (
    <>
      <fieldset className="hours" data-testid="hours-editor">
        <legend>{t('campaign.section.hours')}</legend>
        <p className="muted">{t('campaign.hoursHint')}</p>
        {windows.map((w, i) => (
          <div key={i} className="inline-fields window-row" data-testid={`window-${i}`}>
            <span className="chips" role="group" aria-label={t('campaign.field.days')}>
              {DAYS.map((d) => (
                <label key={d} className="checkbox">
                  <input
                    type="checkbox"
                    checked={w.days.includes(d)}
                    onChange={() => setWindows(windows.map((x, j) => (j === i ? { ...x, days: x.days.includes(d) ? x.days.filter((y) => y !== d) : [...x.days, d].sort() } : x)))}
                    data-testid={`window-${i}-day-${d}`}
                  />
                  {t(`campaign.day.${d}`)}
                </label>
              ))}
            </span>
            <label>
              {t('campaign.field.from')}{' '}
              <input value={w.start} size={5} onChange={(e) => setWindows(windows.map((x, j) => (j === i ? { ...x, start: e.target.value } : x)))} data-testid={`window-${i}-start`} />
            </label>
            <label>
              {t('campaign.field.to')}{' '}
              <input value={w.end} size={5} onChange={(e) => setWindows(windows.map((x, j) => (j === i ? { ...x, end: e.target.value } : x)))} data-testid={`window-${i}-end`} />
            </label>
            <button type="button" onClick={() => setWindows(windows.filter((_, j) => j !== i))} disabled={windows.length === 1} aria-label={t('campaign.removeWindow', { n: i + 1 })}>
              ×
            </button>
            <FieldError message={issues[`compliance.callingHours.windows.${i}`] ?? issues[`compliance.callingHours.windows.${i}.start`] ?? issues[`compliance.callingHours.windows.${i}.end`] ?? issues[`compliance.callingHours.windows.${i}.days`]} />
          </div>
        ))}
        <button type="button" onClick={() => setWindows([...windows, { days: [1, 2, 3, 4, 5], start: '09:00', end: '12:00' }])} data-testid="window-add">
          {t('campaign.addWindow')}
        </button>
        <div className="form-grid">
          <label className="field">
            {t('campaign.field.holidays')}
            <input
              value={hours.holidays.join(', ')}
              placeholder="2026-10-01, 2026-10-02"
              onChange={(e) => onChange({ ...policy, callingHours: { ...hours, holidays: list(e.target.value) } })}
              data-testid="field-holidays"
            />
            <FieldError message={Object.entries(issues).find(([k]) => k.startsWith('compliance.callingHours.holidays'))?.[1]} />
          </label>
          <label className="field">
            {t('campaign.field.fallbackZones')}
            <input value={policy.fallbackTimeZones.join(', ')} onChange={(e) => onChange({ ...policy, fallbackTimeZones: list(e.target.value) })} data-testid="field-zones" />
            <FieldError message={Object.entries(issues).find(([k]) => k.startsWith('compliance.fallbackTimeZones'))?.[1]} />
          </label>
        </div>
      </fieldset>
      <fieldset className="caps" data-testid="caps-editor">
        <legend>{t('campaign.section.caps')}</legend>
        {policy.frequencyCaps.map((cap, i) => (
          <div key={i} className="inline-fields" data-testid={`cap-${i}`}>
            <label>
              {t('campaign.field.maxCalls')}{' '}
              <input type="number" min={1} value={cap.maxCalls} onChange={(e) => onChange({ ...policy, frequencyCaps: policy.frequencyCaps.map((c, j) => (j === i ? { ...c, maxCalls: num(e.target.value) } : c)) })} />
            </label>
            <label>
              {t('campaign.field.windowHours')}{' '}
              <input type="number" min={1} value={cap.windowHours} onChange={(e) => onChange({ ...policy, frequencyCaps: policy.frequencyCaps.map((c, j) => (j === i ? { ...c, windowHours: num(e.target.value) } : c)) })} />
            </label>
            <button type="button" onClick={() => onChange({ ...policy, frequencyCaps: policy.frequencyCaps.filter((_, j) => j !== i) })} aria-label={t('campaign.removeCap', { n: i + 1 })}>
              ×
            </button>
            <FieldError message={issues[`compliance.frequencyCaps.${i}.maxCalls`] ?? issues[`compliance.frequencyCaps.${i}.windowHours`]} />
          </div>
        ))}
        <button type="button" onClick={() => onChange({ ...policy, frequencyCaps: [...policy.frequencyCaps, { maxCalls: 2, windowHours: 24 }] })}>
          {t('campaign.addCap')}
        </button>
      </fieldset>
    </>
  );
}

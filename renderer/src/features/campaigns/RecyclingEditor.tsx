// Recycling per outcome ("busy → again in 10 min, up to 3 times") and which outcomes move on to the
// contact's next number at once.
import { useTranslation } from 'react-i18next';
import type { Pacing } from '../../../../common/campaign/campaign-schema';
import type { RetryPolicy } from '../../../../common/campaign/recycling';
import { DialOutcome } from '../../../../common/outcome/dial-outcome';
import { FieldError } from './FieldError';

export function RecyclingEditor({ pacing, onChange, issues }: { pacing: Pacing; onChange(p: Pacing): void; issues: Record<string, string> }) {
  const { t } = useTranslation();
  const setRule = (outcome: DialOutcome, rule: RetryPolicy) => onChange({ ...pacing, recycling: { ...pacing.recycling, [outcome]: rule } });
  const num = (value: string) => (value === '' ? Number.NaN : Number(value));
  return (
    <div className="recycling">
      <table className="data-table" data-testid="recycling-table">
        <caption>{t('campaign.section.recycling')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('campaign.field.outcome')}</th>
            <th scope="col">{t('campaign.field.retry')}</th>
            <th scope="col">{t('campaign.field.delayMinutes')}</th>
            <th scope="col">{t('campaign.field.maxRetries')}</th>
            <th scope="col">{t('campaign.field.nextNumber')}</th>
          </tr>
        </thead>
        <tbody>
          {DialOutcome.options.map((outcome) => {
            const rule = pacing.recycling[outcome] ?? { kind: 'never' };
            const alt = pacing.alternateNumbersOn.includes(outcome);
            const label = t(`campaign.outcome.${outcome}`);
            return (
              <tr key={outcome} data-testid={`recycle-${outcome}`}>
                <th scope="row">{label}</th>
                <td>
                  <select
                    aria-label={t('campaign.field.retryFor', { outcome: label })}
                    value={rule.kind}
                    onChange={(e) => setRule(outcome, e.target.value === 'never' ? { kind: 'never' } : { kind: 'after', delayMinutes: 60, maxRetries: 2 })}
                    data-testid={`recycle-${outcome}-kind`}
                  >
                    <option value="never">{t('campaign.never')}</option>
                    <option value="after">{t('campaign.after')}</option>
                  </select>
                </td>
                <td>
                  {rule.kind === 'after' && (
                    <input
                      type="number"
                      min={1}
                      aria-label={t('campaign.field.delayFor', { outcome: label })}
                      value={rule.delayMinutes}
                      onChange={(e) => setRule(outcome, { ...rule, delayMinutes: num(e.target.value) })}
                      data-testid={`recycle-${outcome}-delay`}
                    />
                  )}
                  <FieldError message={issues[`pacing.recycling.${outcome}.delayMinutes`]} />
                </td>
                <td>
                  {rule.kind === 'after' && (
                    <input
                      type="number"
                      min={0}
                      aria-label={t('campaign.field.retriesFor', { outcome: label })}
                      value={rule.maxRetries}
                      onChange={(e) => setRule(outcome, { ...rule, maxRetries: num(e.target.value) })}
                      data-testid={`recycle-${outcome}-retries`}
                    />
                  )}
                  <FieldError message={issues[`pacing.recycling.${outcome}.maxRetries`]} />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('campaign.field.nextNumberFor', { outcome: label })}
                    checked={alt}
                    onChange={() =>
                      onChange({ ...pacing, alternateNumbersOn: alt ? pacing.alternateNumbersOn.filter((o) => o !== outcome) : [...pacing.alternateNumbersOn, outcome] })
                    }
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

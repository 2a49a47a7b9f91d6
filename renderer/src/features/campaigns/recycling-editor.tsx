// Recycling per outcome ("busy → again in 10 min, up to 3 times") and which outcomes move on to the
// contact's next number at once.
import { useTranslation } from 'react-i18next';
import type { Pacing } from '../../../../common/campaign/campaign-schema';
import type { RetryPolicy } from '../../../../common/campaign/recycling';
import { DialOutcome } from '../../../../common/outcome/dial-outcome';
import { DataTable, type Column } from '../../ui-shared/data-table';
import { FieldError } from './field-error';

export function RecyclingEditor({ pacing, onChange, issues }: { pacing: Pacing; onChange(p: Pacing): void; issues: Record<string, string> }) {
  const { t } = useTranslation();
  const setRule = (outcome: DialOutcome, rule: RetryPolicy) => onChange({ ...pacing, recycling: { ...pacing.recycling, [outcome]: rule } });
  const num = (value: string) => (value === '' ? Number.NaN : Number(value));
  const ruleOf = (outcome: DialOutcome): RetryPolicy => pacing.recycling[outcome] ?? { kind: 'never' };
  const label = (outcome: DialOutcome) => t(`campaign.outcome.${outcome}`);
  /** a number of an "after" rule (delay, retries): an input while the outcome is retried, and its error */
  const numberColumn = (field: 'delayMinutes' | 'maxRetries', min: number, name: 'delay' | 'retries'): Column<DialOutcome> => ({
    key: name,
    header: t(`campaign.field.${field}`),
    cell: (outcome) => {
      const rule = ruleOf(outcome);
      return (
        <>
          {rule.kind === 'after' && (
            <input
              type="number"
              min={min}
              aria-label={t(`campaign.field.${name}For`, { outcome: label(outcome) })}
              value={rule[field]}
              onChange={(e) => setRule(outcome, { ...rule, [field]: num(e.target.value) })}
              data-testid={`recycle-${outcome}-${name}`}
            />
          )}
          <FieldError message={issues[`pacing.recycling.${outcome}.${field}`]} />
        </>
      );
    },
  });
  const columns: Column<DialOutcome>[] = [
    { key: 'outcome', header: t('campaign.field.outcome'), rowHeader: true, cell: label },
    {
      key: 'retry',
      header: t('campaign.field.retry'),
      cell: (outcome) => (
        <select
          aria-label={t('campaign.field.retryFor', { outcome: label(outcome) })}
          value={ruleOf(outcome).kind}
          onChange={(e) => setRule(outcome, e.target.value === 'never' ? { kind: 'never' } : { kind: 'after', delayMinutes: 60, maxRetries: 2 })}
          data-testid={`recycle-${outcome}-kind`}
        >
          <option value="never">{t('campaign.never')}</option>
          <option value="after">{t('campaign.after')}</option>
        </select>
      ),
    },
    numberColumn('delayMinutes', 1, 'delay'),
    numberColumn('maxRetries', 0, 'retries'),
    {
      key: 'nextNumber',
      header: t('campaign.field.nextNumber'),
      cell: (outcome) => {
        const alt = pacing.alternateNumbersOn.includes(outcome);
        return (
          <input
            type="checkbox"
            aria-label={t('campaign.field.nextNumberFor', { outcome: label(outcome) })}
            checked={alt}
            onChange={() => onChange({ ...pacing, alternateNumbersOn: alt ? pacing.alternateNumbersOn.filter((o) => o !== outcome) : [...pacing.alternateNumbersOn, outcome] })}
          />
        );
      },
    },
  ];
  return (
    <div className="recycling">
      <DataTable
        columns={columns}
        rows={DialOutcome.options}
        rowKey={(o) => o}
        rowTestId={(o) => `recycle-${o}`}
        testId="recycling-table"
        caption={t('campaign.section.recycling')}
      />
    </div>
  );
}

// Dispositions: code, label, hotkey 1–9 and what each does to the lead; plus the default used when
// wrap-up runs out.
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../common/campaign/campaign-schema';
import { DispositionEffect } from '../../../../common/campaign/dispositions';
import { DataTable, type Column } from '../../ui-shared/data-table';
import { FieldError } from './field-error';

type Disposition = Campaign['dispositions'][number];

export function DispositionsEditor({ campaign, onChange, issues }: { campaign: Campaign; onChange(p: Partial<Campaign>): void; issues: Record<string, string> }) {
  const { t } = useTranslation();
  const list = campaign.dispositions;
  const set = (i: number, patch: Partial<Disposition>) => onChange({ dispositions: list.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const columns: Column<Disposition>[] = [
    {
      key: 'code',
      header: t('campaign.field.code'),
      cell: (d, i) => (
        <>
          <input value={d.code} aria-label={t('campaign.field.codeN', { n: i + 1 })} onChange={(e) => set(i, { code: e.target.value })} size={12} />
          <FieldError message={issues[`dispositions.${i}.code`]} />
        </>
      ),
    },
    {
      key: 'label',
      header: t('campaign.field.label'),
      cell: (d, i) => (
        <>
          <input value={d.label} aria-label={t('campaign.field.labelN', { n: i + 1 })} onChange={(e) => set(i, { label: e.target.value })} />
          <FieldError message={issues[`dispositions.${i}.label`]} />
        </>
      ),
    },
    {
      key: 'hotkey',
      header: t('campaign.field.hotkey'),
      cell: (d, i) => (
        <select value={d.hotkey ?? ''} aria-label={t('campaign.field.hotkeyN', { n: i + 1 })} onChange={(e) => set(i, { hotkey: e.target.value === '' ? null : Number(e.target.value) })}>
          <option value="">—</option>
          {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      ),
    },
    {
      key: 'effect',
      header: t('campaign.field.effect'),
      cell: (d, i) => (
        <select value={d.effect} aria-label={t('campaign.field.effectN', { n: i + 1 })} onChange={(e) => set(i, { effect: e.target.value as Disposition['effect'] })}>
          {DispositionEffect.options.map((effect) => (
            <option key={effect} value={effect}>
              {t(`campaign.effect.${effect}`)}
            </option>
          ))}
        </select>
      ),
    },
    {
      key: 'actions',
      header: t('campaign.actions'),
      headerHidden: true,
      cell: (_, i) => (
        <button type="button" onClick={() => onChange({ dispositions: list.filter((_, j) => j !== i) })} disabled={list.length === 1} aria-label={t('campaign.removeDispo', { n: i + 1 })}>
          ×
        </button>
      ),
    },
  ];
  return (
    <fieldset className="dispositions-editor" data-testid="dispositions-editor">
      <legend>{t('campaign.section.dispositions')}</legend>
      <DataTable columns={columns} rows={list} rowKey={(_, i) => i} rowTestId={(_, i) => `dispo-row-${i}`} />
      <FieldError message={issues.dispositions} />
      <button type="button" onClick={() => onChange({ dispositions: [...list, { code: `D${list.length + 1}`, label: t('campaign.newDispo'), hotkey: null, effect: 'retry' }] })}>
        {t('campaign.addDispo')}
      </button>
      <label className="field">
        {t('campaign.field.defaultDisposition')}
        <select value={campaign.defaultDisposition} onChange={(e) => onChange({ defaultDisposition: e.target.value })} data-testid="field-default-dispo">
          {list.map((d) => (
            <option key={d.code} value={d.code}>
              {d.label} ({d.code})
            </option>
          ))}
        </select>
        <FieldError message={issues.defaultDisposition} />
      </label>
    </fieldset>
  );
}

// The campaigns of this desk: what each dials, how far it got, and Start / Edit.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../../common/campaign/dto';
import { getBridge, unwrap } from '../../platform/page-bridge';
import { DataTable, type Column } from '../../ui-shared/data-table';
import { startCampaign, useCampaignRun } from './campaign-run';
import { errorText } from '../../ui-shared/error-text';

export function CampaignList({ onEdit }: { onEdit(id: string | null): void }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<CampaignSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const runError = useCampaignRun((s) => s.error);
  useEffect(() => {
    unwrap(getBridge().api.campaign.list({ includeArchived: false }))
      .then(setItems)
      .catch((e: unknown) => setError(errorText(t, e, 'campaign.loadFailed')));
  }, []);
  const columns: Column<CampaignSummary>[] = [
    { key: 'name', header: t('campaign.field.name'), cell: (c) => c.name },
    { key: 'mode', header: t('campaign.field.mode'), cell: (c) => t(`campaign.mode.${c.mode}`) },
    { key: 'leads', header: t('campaign.leads'), cell: (c) => c.leads },
    { key: 'attempts', header: t('campaign.attempts'), cell: (c) => c.attempts },
    {
      key: 'actions',
      header: t('campaign.actions'),
      headerHidden: true,
      cell: (c) => (
        <div className="row-actions">
          <button type="button" onClick={() => void startCampaign(c.id)} data-testid={`campaign-start-${c.id}`}>
            {t('campaign.start')}
          </button>
          <button type="button" onClick={() => onEdit(c.id)} data-testid={`campaign-edit-${c.id}`}>
            {t('campaign.edit')}
          </button>
        </div>
      ),
    },
  ];
  return (
    <div className="campaign-list" data-testid="campaign-list">
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => onEdit(null)} data-testid="campaign-new">
          {t('campaign.new')}
        </button>
      </div>
      {(error ?? runError) && (
        <p className="error" role="alert">
          {error ?? runError}
        </p>
      )}
      <DataTable
        columns={columns}
        rows={items}
        rowKey={(c) => c.id}
        rowTestId={(c) => `campaign-row-${c.id}`}
        testId="campaign-table"
        empty={{ message: t('campaigns.emptyHint'), className: 'empty-hint' }}
      />
    </div>
  );
}

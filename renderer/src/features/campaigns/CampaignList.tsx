// The campaigns of this desk: what each dials, how far it got, and Start / Edit.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../../common/campaign/dto';
import { getBridge, unwrap } from '../../platform/bridge';
import { startCampaign, useCampaignRun } from './campaign-run';

export function CampaignList({ onEdit }: { onEdit(id: string | null): void }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<CampaignSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const runError = useCampaignRun((s) => s.error);
  useEffect(() => {
    unwrap(getBridge().api.campaign.list({ includeArchived: false }))
      .then(setItems)
      .catch((e: Error) => setError(e.message));
  }, []);
  return (
    <div className="campaign-list">
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
      {items !== null && items.length === 0 && <p className="empty-hint">{t('campaigns.emptyHint')}</p>}
      {items !== null && items.length > 0 && (
        <table className="data-table" data-testid="campaign-table">
          <thead>
            <tr>
              <th scope="col">{t('campaign.field.name')}</th>
              <th scope="col">{t('campaign.field.mode')}</th>
              <th scope="col">{t('campaign.leads')}</th>
              <th scope="col">{t('campaign.attempts')}</th>
              <th scope="col">
                <span className="sr-only">{t('campaign.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id} data-testid={`campaign-row-${c.id}`}>
                <td>{c.name}</td>
                <td>{t(`campaign.mode.${c.mode}`)}</td>
                <td>{c.leads}</td>
                <td>{c.attempts}</td>
                <td>
                  <div className="row-actions">
                    <button type="button" onClick={() => void startCampaign(c.id)} data-testid={`campaign-start-${c.id}`}>
                      {t('campaign.start')}
                    </button>
                    <button type="button" onClick={() => onEdit(c.id)} data-testid={`campaign-edit-${c.id}`}>
                      {t('campaign.edit')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

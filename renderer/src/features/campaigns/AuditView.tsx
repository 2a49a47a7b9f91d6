// The compliance trail (every blocked dial, with its reason; numbers masked) and the retention days.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, RetentionSettings } from '../../../../common/campaign/dto';
import { formatDateTime } from '../../i18n/date-time';
import { getBridge, unwrap } from '../../platform/bridge';

export function AuditView() {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<AuditEntry[] | null>(null);
  const [retention, setRetention] = useState<RetentionSettings | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    const api = getBridge().api;
    void unwrap(api.compliance.audit({ beforeId: null, limit: 200, verdict: null })).then(setRows).catch((e: Error) => setMessage({ ok: false, text: e.message }));
    void unwrap(api.compliance.retention({})).then(setRetention).catch((e: Error) => setMessage({ ok: false, text: e.message }));
  }, []);
  const saveRetention = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!retention) return;
    try {
      setRetention(await unwrap(getBridge().api.compliance.setRetention(retention)));
      setMessage({ ok: true, text: t('campaign.audit.saved') });
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <div className="audit-view" data-testid="audit-view">
      {retention && (
        <form className="inline-form" onSubmit={(e) => void saveRetention(e)} data-testid="retention-form">
          {(['callRecordsDays', 'recordingsDays', 'auditDays'] as const).map((k) => (
            <label key={k} className="field">
              {t(`campaign.audit.${k}`)}
              <input type="number" min={30} max={3650} value={retention[k]} onChange={(e) => setRetention({ ...retention, [k]: Number(e.target.value) })} data-testid={`retention-${k}`} />
            </label>
          ))}
          <button type="submit">{t('campaign.save')}</button>
          <span className="muted">{t('campaign.audit.retentionHint')}</span>
        </form>
      )}
      {message && (
        <p className={message.ok ? 'muted' : 'error'} role="status">
          {message.text}
        </p>
      )}
      {rows !== null && rows.length === 0 && <p className="empty-hint">{t('campaign.audit.empty')}</p>}
      {rows !== null && rows.length > 0 && (
        <table className="data-table" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('campaign.audit.at')}</th>
              <th scope="col">{t('campaign.audit.number')}</th>
              <th scope="col">{t('campaign.audit.campaign')}</th>
              <th scope="col">{t('campaign.audit.agent')}</th>
              <th scope="col">{t('campaign.audit.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="audit-row">
                <td>{formatDateTime(r.at, i18n.language)}</td>
                <td>{r.numberMasked}</td>
                <td>{r.campaignId ?? t('campaign.audit.manual')}</td>
                <td>{r.agentId}</td>
                <td>{r.reasonKey ? t(r.reasonKey, r.detail) : t(`campaign.audit.${r.verdict}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

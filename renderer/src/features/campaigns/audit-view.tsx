// The compliance trail (every blocked dial, with its reason; numbers masked) and the retention days.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, RetentionSettings } from '../../../../common/campaign/dto';
import { formatDateTime } from '../../i18n/date-time';
import { getBridge, unwrap } from '../../platform/page-bridge';
import { DataTable, type Column } from '../../ui-shared/data-table';
import { errorText } from '../../ui-shared/error-text';

export function AuditView() {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<AuditEntry[] | null>(null);
  const [retention, setRetention] = useState<RetentionSettings | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    const api = getBridge().api;
    void unwrap(api.compliance.audit({ beforeId: null, limit: 200, verdict: null })).then(setRows).catch((e: unknown) => setMessage({ ok: false, text: errorText(t, e) }));
    void unwrap(api.compliance.retention({})).then(setRetention).catch((e: unknown) => setMessage({ ok: false, text: errorText(t, e) }));
  }, []);
  const saveRetention = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!retention) return;
    try {
      setRetention(await unwrap(getBridge().api.compliance.setRetention(retention)));
      setMessage({ ok: true, text: t('campaign.audit.saved') });
    } catch (err) {
      setMessage({ ok: false, text: errorText(t, err) });
    }
  };
  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('campaign.audit.at'), cell: (r) => formatDateTime(r.at, i18n.language) },
    { key: 'number', header: t('campaign.audit.number'), cell: (r) => r.numberMasked },
    { key: 'campaign', header: t('campaign.audit.campaign'), cell: (r) => r.campaignId ?? t('campaign.audit.manual') },
    { key: 'agent', header: t('campaign.audit.agent'), cell: (r) => r.agentId },
    { key: 'reason', header: t('campaign.audit.reason'), cell: (r) => (r.reasonKey ? t(r.reasonKey, r.detail) : t(`campaign.audit.${r.verdict}`)) },
  ];
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
      <DataTable
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowTestId={() => 'audit-row'}
        testId="audit-table"
        empty={{ message: t('campaign.audit.empty'), className: 'empty-hint' }}
      />
    </div>
  );
}

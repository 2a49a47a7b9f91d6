// Where the agent stands (ready, not ready and why, on call, wrap-up, break) and for how long, with
// the keys to change it. Busy states take "pause after this call" instead of an immediate pause.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isBusy } from '../../../../common/campaign/agent-state';
import { cancelPause, goNotReady, goReady, stopCampaign, useCampaignRun } from './campaign-run';
import { formatDuration, useNow } from './use-now';

export const NOT_READY_REASONS = ['break', 'lunch', 'meeting', 'training', 'admin'] as const;

export function AgentStateBar() {
  const { t } = useTranslation();
  const status = useCampaignRun((s) => s.status);
  const campaign = useCampaignRun((s) => s.campaign);
  const now = useNow();
  const [reason, setReason] = useState<string>('meeting');
  if (!status || !campaign) return null;
  const { snapshot } = status;
  const busy = isBusy(snapshot.state);
  const reasonText = (code: string) => t(`campaign.reason.${code}`, { defaultValue: code });
  return (
    <div className={`agent-bar agent-${snapshot.state}`} data-testid="agent-bar" data-state={snapshot.state}>
      <div className="agent-now" aria-live="polite">
        <strong data-testid="agent-state">{t(`campaign.state.${snapshot.state}`)}</strong>
        {snapshot.state === 'notReady' && snapshot.notReadyReason && <span data-testid="agent-reason"> · {reasonText(snapshot.notReadyReason)}</span>}
        <span className="agent-time" data-testid="agent-time">
          {' '}
          {formatDuration(now - snapshot.since)}
        </span>
        {snapshot.pauseAfterCall && (
          <span className="badge" data-testid="agent-pause-after">
            {' '}
            {t('campaign.pauseAfter', { reason: reasonText(snapshot.pauseAfterCall) })}
          </span>
        )}
      </div>
      <div className="agent-actions">
        <button type="button" onClick={() => void goReady()} disabled={snapshot.state !== 'notReady'} aria-keyshortcuts="R" data-testid="agent-ready">
          {t('campaign.ready')} <kbd>R</kbd>
        </button>
        <button type="button" onClick={() => void goNotReady('break')} disabled={snapshot.state === 'notReady' && snapshot.notReadyReason === 'break'} aria-keyshortcuts="B" data-testid="agent-break">
          {busy ? t('campaign.breakAfter') : t('campaign.break')} <kbd>B</kbd>
        </button>
        <label className="inline-fields">
          <span className="sr-only">{t('campaign.notReadyReason')}</span>
          <select value={reason} onChange={(e) => setReason(e.target.value)} data-testid="agent-reason-select">
            {NOT_READY_REASONS.map((r) => (
              <option key={r} value={r}>
                {reasonText(r)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void goNotReady(reason)} aria-keyshortcuts="N" data-testid="agent-not-ready">
          {busy ? t('campaign.notReadyAfter') : t('campaign.notReady')} <kbd>N</kbd>
        </button>
        {snapshot.pauseAfterCall && (
          <button type="button" onClick={() => void cancelPause()} data-testid="agent-cancel-pause">
            {t('campaign.cancelPause')}
          </button>
        )}
        <button type="button" onClick={() => void stopCampaign()} disabled={busy} data-testid="campaign-stop">
          {t('campaign.stop')}
        </button>
      </div>
    </div>
  );
}

// After-call work: the countdown to auto-ready, the dispositions on keys 1–9, the callback form (when,
// and whether only this agent or anyone may take it), and 加入勿扰名单 for a customer who asked not to be
// called again whatever the disposition.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallbackScope, Disposition } from '../../../../common/campaign';
import { DialOutcome } from '../../../../common/outcome/dial-outcome';
import { addToDnc, correctOutcome, dispose, useCampaignRun } from './campaign-run';
import { formatDuration, useNow } from './use-now';

const HOUR = 3_600_000;

/** datetime-local wants the local wall-clock time without a zone. */
function localInputValue(at: number): string {
  const d = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

export function WrapUpPanel({ callbackFor, onCallbackFor }: { callbackFor: Disposition | null; onCallbackFor(d: Disposition | null): void }) {
  const { t } = useTranslation();
  const campaign = useCampaignRun((s) => s.campaign);
  const since = useCampaignRun((s) => s.status?.snapshot.since ?? 0);
  const busy = useCampaignRun((s) => s.busy);
  const ended = useCampaignRun((s) => s.ended);
  const dncAdded = useCampaignRun((s) => s.dncAddedFor !== null && s.dncAddedFor === s.attemptId);
  const now = useNow(250);
  if (!campaign) return null;
  const remaining = campaign.wrapUpSeconds > 0 ? campaign.wrapUpSeconds * 1000 - (now - since) : null;
  const choose = (d: Disposition) => (d.effect === 'callback' ? onCallbackFor(d) : void dispose(d.code));
  return (
    <section className="wrap-up" aria-labelledby="wrap-up-title" data-testid="wrap-up">
      <h2 id="wrap-up-title">
        {t('campaign.wrapUp')}{' '}
        {remaining !== null && (
          <span className="wrap-countdown" data-testid="wrap-countdown" aria-label={t('campaign.wrapUpLeft', { time: formatDuration(remaining) })}>
            {formatDuration(remaining)}
          </span>
        )}
      </h2>
      {ended && (
        <label className="field wrap-outcome">
          {t('campaign.detected', { source: t(`campaign.outcomeSource.${ended.source}`) })}
          {/* keys 1–9 pick dispositions; the outcome is corrected with the mouse or Tab + arrows */}
          <select value={ended.corrected ?? ended.outcome} onChange={(e) => correctOutcome(e.target.value as DialOutcome)} onKeyDown={(e) => e.stopPropagation()} data-testid="wrap-outcome">
            {DialOutcome.options.map((o) => (
              <option key={o} value={o}>
                {t(`campaign.outcome.${o}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="muted">{t('campaign.wrapUpHint', { code: campaign.dispositions.find((d) => d.code === campaign.defaultDisposition)?.label ?? campaign.defaultDisposition })}</p>
      <div className="dispositions" role="group" aria-label={t('campaign.dispositions')}>
        {campaign.dispositions.map((d) => (
          <button
            key={d.code}
            type="button"
            onClick={() => choose(d)}
            disabled={busy}
            aria-keyshortcuts={d.hotkey === null ? undefined : String(d.hotkey)}
            className={`disposition effect-${d.effect}`}
            data-testid={`dispo-${d.code}`}
          >
            {d.hotkey !== null && <kbd>{d.hotkey}</kbd>} {d.label}
          </button>
        ))}
      </div>
      <div className="wrap-dnc">
        {!dncAdded && (
          <button type="button" className="danger-outline" onClick={() => void addToDnc()} disabled={busy} title={t('campaign.addDncHint')} data-testid="wrap-add-dnc">
            {t('campaign.addDnc')}
          </button>
        )}
        <p role="status" className={dncAdded ? 'ok' : 'sr-only'} data-testid="wrap-dnc-status">
          {dncAdded ? t('campaign.dncAdded') : ''}
        </p>
      </div>
      {callbackFor && <CallbackForm disposition={callbackFor} defaultScope={campaign.callbackScope} onCancel={() => onCallbackFor(null)} />}
    </section>
  );
}

function CallbackForm({ disposition, defaultScope, onCancel }: { disposition: Disposition; defaultScope: CallbackScope; onCancel(): void }) {
  const { t } = useTranslation();
  const [due, setDue] = useState(() => localInputValue(Date.now() + HOUR));
  const [scope, setScope] = useState<CallbackScope>(defaultScope);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const dueAt = new Date(due).getTime();
    if (!Number.isFinite(dueAt) || dueAt <= Date.now()) return setError(t('campaign.callbackPast'));
    void dispose(disposition.code, { dueAt, scope });
  };
  return (
    <form className="callback-form inline-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()} data-testid="callback-form">
      <label className="field">
        {t('campaign.callbackAt')}
        <input ref={first} type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} required data-testid="callback-at" />
      </label>
      <fieldset className="field">
        <legend>{t('campaign.callbackScope')}</legend>
        {(['agentOnly', 'anyone'] as const).map((s) => (
          <label key={s} className="checkbox">
            <input type="radio" name="callback-scope" checked={scope === s} onChange={() => setScope(s)} data-testid={`callback-scope-${s}`} />
            {t(`campaign.scope.${s}`)}
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" data-testid="callback-save">
          {t('campaign.callbackSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('campaign.cancel')} <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}

// The campaign run: state bar, line, the lead card with Dial/Skip (preview) or the automatic dial
// (power), the live call with the dialer's own controls, wrap-up with dispositions on 1–9.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dispositionForHotkey, type Disposition } from '../../../../common/campaign/dispositions';
import { formatDateTime } from '../../i18n/date-time';
import { usePhone } from '../../phone/phone-store';
import { CallCard } from '../dialer/call-card';
import { LinePicker } from '../dialer/line-picker';
import { effectiveLine, useLines } from '../dialer/use-lines';
import { AgentStateBar } from './agent-state-bar';
import { ComplianceReason } from './compliance-reason';
import { LeadCard } from './lead-card';
import { WrapUpPanel } from './wrap-up-panel';
import { dial, dispose, goNotReady, goReady, refreshLeads, setRunLine, skip, useCampaignRun } from './campaign-run';

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function RunScreen() {
  const { t, i18n } = useTranslation();
  const run = useCampaignRun();
  const lines = useLines();
  const chosen = usePhone((s) => s.line);
  const line = effectiveLine(lines, chosen);
  const call = usePhone((s) => [...s.sipCalls, ...s.gatewayCalls].find((c) => c.key === run.callId));
  const [callbackFor, setCallbackFor] = useState<Disposition | null>(null);
  const state = run.status?.snapshot.state;

  useEffect(() => setRunLine(line), [line?.via, line?.id]); // only when the line really changes, not on every new object
  useEffect(() => {
    if (state !== 'wrapUp') setCallbackFor(null);
  }, [state]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const s = useCampaignRun.getState();
      const now = s.status?.snapshot.state;
      const key = event.key.toLowerCase();
      let handled = true;
      if (now === 'wrapUp' && /^[1-9]$/.test(event.key) && s.campaign && s.attemptId !== null) {
        const d = dispositionForHotkey(s.campaign.dispositions, event.key);
        if (!d) return;
        if (d.effect === 'callback') setCallbackFor(d);
        else void dispose(d.code);
      } else if (now === 'wrapUp' && key === 'c' && s.campaign) {
        const d = s.campaign.dispositions.find((x) => x.effect === 'callback');
        if (d) setCallbackFor(d);
      } else if (now === 'previewing' && (key === 'd' || event.key === 'Enter') && !(event.target instanceof HTMLButtonElement)) void dial();
      else if (now === 'previewing' && key === 's') void skip();
      else if (now === 'notReady' && key === 'r') void goReady();
      else if (key === 'b') void goNotReady('break');
      else if (key === 'n') void goNotReady('meeting');
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!run.status || !run.campaign) return null;
  const skipped = Object.entries(run.idle?.skipped ?? run.offer?.skipped ?? {});
  return (
    <section className="screen campaign-run" data-testid="campaign-run" aria-labelledby="run-title">
      <h1 id="run-title">
        {run.campaign.name} <span className="badge">{t(`campaign.mode.${run.campaign.mode}`)}</span>
      </h1>
      <AgentStateBar />
      <div className="run-columns">
        <div className="run-main">
          {run.error && (
            <p className="error" role="alert" data-testid="run-error">
              {run.error}
            </p>
          )}
          {run.notPlaced && (
            <p className="error" role="alert" data-testid="run-not-placed">
              {t('call.notPlaced.title')} {run.notPlaced.reason ? t(`call.notPlaced.${run.notPlaced.reason}`) : t('call.notPlaced.serverError')}
            </p>
          )}
          {run.blocked && (
            <p className="blocked-dial" role="alert" data-testid="blocked-dial">
              {t('campaign.blocked', { name: run.blocked.name })} <ComplianceReason verdict={run.blocked.verdict} />
            </p>
          )}
          {run.offer && <LeadCard offer={run.offer} />}
          {call && <CallCard call={call} partner={undefined} waiting={false} />}
          {/* main pushes wrapUp before it answers with the attempt: until then there is nothing to dispose */}
          {state === 'wrapUp' && run.attemptId !== null && <WrapUpPanel callbackFor={callbackFor} onCallbackFor={setCallbackFor} />}
          {state === 'ready' && !run.offer && run.idle && (
            <div className="empty-state" data-testid="run-idle">
              <p className="empty-message">
                {run.idle.kind === 'wait' && run.idle.until !== null
                  ? t('campaign.waitUntil', { time: formatDateTime(run.idle.until, i18n.language) })
                  : t('campaign.listDone')}
              </p>
              <button type="button" onClick={refreshLeads} data-testid="run-refresh">
                {t('campaign.lookAgain')}
              </button>
            </div>
          )}
          {state === 'notReady' && !run.offer && <p className="empty-hint">{t('campaign.notReadyHint')}</p>}
          {skipped.length > 0 && (
            <details className="skipped" data-testid="run-skipped">
              <summary>{t('campaign.skippedTitle', { count: skipped.reduce((n, [, c]) => n + c, 0) })}</summary>
              <ul className="plain-list">
                {skipped.map(([reason, count]) => (
                  <li key={reason} data-testid={`skipped-${reason}`}>
                    {t(reason.startsWith('compliance.') ? `${reason}Short` : `campaign.skipReason.${reason}`)}
                    {t('punctuation.colon')}
                    {count}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
        <aside className="run-side">
          <LinePicker lines={lines} selected={line} />
          <ul className="shortcut-list plain-list" aria-label={t('campaign.keys')}>
            <li>
              <kbd>R</kbd> {t('campaign.ready')} · <kbd>N</kbd> {t('campaign.notReady')} · <kbd>B</kbd> {t('campaign.break')}
            </li>
            <li>
              <kbd>D</kbd>/<kbd>Enter</kbd> {t('campaign.dial')} · <kbd>S</kbd> {t('campaign.skip')}
            </li>
            <li>
              <kbd>1</kbd>–<kbd>9</kbd> {t('campaign.dispositions')} · <kbd>C</kbd> {t('campaign.callback')}
            </li>
          </ul>
        </aside>
      </div>
    </section>
  );
}

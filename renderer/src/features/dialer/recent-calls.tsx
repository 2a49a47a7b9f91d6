// The newest calls from the call log, each redialled with a click (F3 redials the last one). Rows of a
// campaign that masks numbers arrive masked from main and are redialled by their contact phone.
import { errorSentence } from '../../ui-shared/error-text';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentCall } from '../../../../common/ipc/channels/dialer-channels';
import { formatDateTime } from '../../i18n/date-time';
import { getBridge, unwrap } from '../../platform/page-bridge';
import { onCallFinished } from '../../phone/place-call';
import { usePhone, type LineRef } from '../../phone/phone-store';
import { shownNumber } from '../../ui-shared/format-phone';
import { redialRow } from './redial';
import { shortcuts } from './shortcuts';

export function RecentCalls({ line }: { line: LineRef | undefined }) {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<readonly RecentCall[]>([]);
  const [failed, setFailed] = useState<string | undefined>();
  const lastEnded = usePhone((s) => s.lastEnded);

  const load = useCallback(() => {
    unwrap(getBridge().api.dialer.recent({ limit: 20 }))
      .then((r) => {
        setRows(r);
        setFailed(undefined);
      })
      .catch((error: unknown) => setFailed(errorSentence(t, error)));
  }, []);

  useEffect(() => {
    load();
    return onCallFinished(load);
  }, [load]);
  // inbound and unplaced calls are logged without a finished-call event: look again shortly after
  useEffect(() => {
    if (!lastEnded) return;
    const timer = setTimeout(load, 800);
    return () => clearTimeout(timer);
  }, [lastEnded, load]);

  return (
    <section className="recent-calls" aria-labelledby="recent-title" data-testid="recent-calls">
      <h2 id="recent-title">
        {t('recent.title')} <kbd title={t('recent.redialKey')}>{shortcuts.redial}</kbd>
      </h2>
      {failed && <p className="error">{t('recent.loadFailed', { detail: failed })}</p>}
      {rows.length === 0 && !failed && <p className="muted">{t('recent.none')}</p>}
      <ul className="plain">
        {rows.map((row) => (
          <li key={row.id} data-testid="recent-call" data-masked={row.masked || undefined}>
            <button type="button" className="link recent-redial" disabled={row.redial === null} onClick={() => void redialRow(line, row)} title={t('recent.redialTitle')} data-testid="recent-redial">
              {row.contactName ? `${row.contactName} · ` : ''}
              {shownNumber(row.display, row.masked)}
            </button>{' '}
            <span className="muted">
              {t(row.direction === 'inbound' ? 'call.inbound' : 'call.outbound')} · {formatDateTime(row.startedAt, i18n.language)}
              {row.outcome && <> · {t(`recent.outcome.${row.outcome}`)}</>}
              {row.privacyBindingId && <> · {t('recent.private')}</>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

// Where agents make and take calls: the line, the number, the pad on the left; the calls on the right.
import { openLineSetup } from './open-line-setup';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui-shared/empty-state';
import * as act from '../../phone/call-actions';
import { focusCall } from '../../phone/line-call';
import { allCalls, setDraft, usePhone } from '../../phone/phone-store';
import { CallList } from './call-list';
import { DialForm } from './dial-form';
import { DialPad } from './dial-pad';
import { LastCall } from './last-call';
import { LinePicker } from './line-picker';
import { NotificationPrompt } from './notification-prompt';
import { PendingCallbacks } from './pending-callbacks';
import { RecentCalls } from './recent-calls';
import { ProblemLine } from './problem-line';
import { ShortcutList } from './shortcut-list';
import { useCallShortcuts } from './use-call-shortcuts';
import { effectiveLine, useLines } from './use-lines';

export function DialerScreen() {
  const { t } = useTranslation();
  const lines = useLines();
  const chosen = usePhone((s) => s.line);
  const talking = usePhone((s) => focusCall(allCalls(s))?.state === 'connected');
  const number = usePhone((s) => s.draft);
  const numberField = useRef<HTMLInputElement>(null);
  const line = effectiveLine(lines, chosen);
  useCallShortcuts(numberField, line);

  if (lines.length === 0) {
    return (
      <EmptyState
        title={t('dialer.title')}
        message={t('dialer.empty')}
        hint={t('dialer.emptyHint')}
        action={
          <button type="button" className="primary" onClick={openLineSetup} data-testid="dialer-go-setup">
            {t('dialer.goSetup')}
          </button>
        }
      />
    );
  }

  const padKey = (key: string) => {
    const call = focusCall(allCalls(usePhone.getState()));
    if (talking && call) void act.sendDtmf(call, key);
    else setDraft(usePhone.getState().draft + key);
  };

  return (
    <section className="screen dialer-screen" data-testid="dialer">
      <h1>{t('dialer.title')}</h1>
      <div className="dialer-columns">
        <div className="dialer-left">
          <LinePicker lines={lines} selected={line} />
          <DialForm line={line} value={number} onChange={setDraft} inputRef={numberField} />
          <ProblemLine />
          <DialPad onKey={padKey} sendsDtmf={talking} />
          <NotificationPrompt />
        </div>
        <div className="dialer-right">
          <h2>{t('call.title')}</h2>
          <PendingCallbacks />
          <CallList />
          <LastCall />
          <RecentCalls line={line} />
          <ShortcutList />
        </div>
      </div>
    </section>
  );
}

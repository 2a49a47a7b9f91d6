import { uiLanguageOf } from '../../../i18n';
import { useTranslation } from 'react-i18next';
import { formatSipMessage } from '../../../../../common/sip/messages';
import type { SipAccountSettings } from '../../../../../common/settings/sip-accounts';
import { useApp } from '../../../ui-shared/app-store';
import { problemHint, problemText } from '../../../phone/problem';
import { usePhone } from '../../../phone/phone-store';
import { registrationFailing } from '../parts/live-proofs';
import { registrationHintKey } from './sip-hints';

// Each enabled account's registration as the phone engine reports it, live, with the reason and the fix.
export function SipRegistrations() {
  const { t, i18n } = useTranslation();
  const all = useApp((s) => s.settings?.sip.accounts);
  const accounts = (all ?? []).filter((a) => a.enabled);
  const locale = uiLanguageOf(i18n.language);

  if (accounts.length === 0) return null;
  return (
    <div className="wizard-block">
      <h3>{t('wizard.sip.registrationTitle')}</h3>
      <ul className="wizard-cards" aria-live="polite" data-testid="sip-registrations">
        {accounts.map((a) => (
          <Registration key={a.id} account={a} locale={locale} />
        ))}
      </ul>
    </div>
  );
}

function Registration({ account, locale }: { account: SipAccountSettings; locale: 'en' | 'zh-CN' }) {
  const { t } = useTranslation();
  const view = usePhone((s) => s.accounts.find((v) => v.id === account.id));
  const problem = usePhone((s) => s.accountProblems[account.id]);
  const failing = view !== undefined && registrationFailing(view);
  const state = problem || failing ? 'failed' : (view?.registration ?? 'registering');
  const ok = state === 'registered';
  return (
    <li className={`wizard-card status-${ok ? 'ok' : state === 'failed' ? 'error' : 'pending'}`} data-testid={`sip-registration-${account.id}`} data-state={state}>
      <strong>{account.displayName || `${account.user}@${account.domain}`}</strong> <span className="muted">{account.server}</span>
      <div>{t(`phone.state.${state}`)}</div>
      {problem && (
        <p className="error" data-testid={`sip-problem-${account.id}`}>
          {problemText(problem)} {problemHint(problem)}
        </p>
      )}
      {!problem && state === 'failed' && (
        <p className="error" data-testid={`sip-reason-${account.id}`}>
          {view?.reason ? formatSipMessage(view.reason, locale) : ''} {t(registrationHintKey(view?.reason, account.server))}
        </p>
      )}
    </li>
  );
}

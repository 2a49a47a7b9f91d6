import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SipAccountSettings } from '../../../../common/settings/sip-accounts';
import { useApp } from '../../ui-shared/app-store';
import { getBridge, unwrap } from '../../platform/page-bridge';
import { SipAccountForm } from './sip-account-form';
import { useSaveSettings } from './use-save-settings';
import { errorText } from '../../ui-shared/error-text';

// SIP accounts: the list, and one editor at a time. The password goes to the secret store, never to
// settings; removing an account also removes its password.
export function SipAccountsSection() {
  const { t } = useTranslation();
  const accounts = useApp((s) => s.settings?.sip.accounts ?? []);
  const [editing, setEditing] = useState<SipAccountSettings | 'new'>();
  const { save, error } = useSaveSettings();
  const [secretError, setSecretError] = useState<string>();

  const store = async (account: SipAccountSettings, password: string | undefined) => {
    const others = accounts.filter((a) => a.id !== account.id && !(editing !== 'new' && a.id === editing?.id));
    // the password first: saving a new server may reload the page (CSP), and nothing may be lost then
    setSecretError(undefined);
    try {
      if (password) await unwrap(getBridge().api.secrets.set({ key: `sip:${account.id}`, value: password }));
    } catch (e) {
      // e.g. no keyring on this Linux desk: the account is not saved half-way without its password
      setSecretError(t('sipAccounts.passwordNotStored', { message: errorText(t, e) }));
      return false;
    }
    if (!(await save({ sip: { accounts: [...others, account] } }))) return false;
    setEditing(undefined);
    return true;
  };
  const remove = async (id: string) => {
    if (await save({ sip: { accounts: accounts.filter((a) => a.id !== id) } })) await unwrap(getBridge().api.secrets.clear({ key: `sip:${id}` }));
  };

  return (
    <>
      <h2>{t('sipAccounts.title')}</h2>
      {(error ?? secretError) && (
        <p role="alert" className="error">
          {error ?? secretError}
        </p>
      )}
      {accounts.length === 0 && <p className="muted">{t('sipAccounts.none')}</p>}
      {/* one row per account, its columns lined up with the other rows' (styles.css: .account-list) */}
      <ul className="account-list" data-testid="sip-account-list">
        {accounts.map((a) => {
          const address = `${a.user}@${a.domain}`;
          const name = a.displayName || address;
          return (
            <li key={a.id} className={a.enabled ? 'account-row' : 'account-row account-off'}>
              <span className="account-name" title={name}>
                {name}
              </span>
              <span className="account-address muted" translate="no" title={a.displayName ? address : undefined}>
                {a.displayName ? address : ''}
              </span>
              <span className="account-server muted" translate="no" title={a.server}>
                {a.server}
              </span>
              <span className="account-state">{!a.enabled && <span className="badge">{t('sipAccounts.disabled')}</span>}</span>
              <span className="account-actions">
                <button type="button" onClick={() => setEditing(a)} aria-label={t('sipAccounts.editNamed', { name })}>
                  {t('sipAccounts.edit')}
                </button>
                <button type="button" onClick={() => void remove(a.id)} aria-label={t('sipAccounts.removeNamed', { name: a.id })}>
                  {t('sipAccounts.remove')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {editing ? (
        <SipAccountForm initial={editing === 'new' ? undefined : editing} existingIds={accounts.map((a) => a.id)} onSave={store} onCancel={() => setEditing(undefined)} />
      ) : (
        <button type="button" className="primary" data-testid="sip-account-add" onClick={() => setEditing('new')}>
          {t('sipAccounts.add')}
        </button>
      )}
    </>
  );
}

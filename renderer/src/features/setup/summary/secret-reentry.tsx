import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getBridge, unwrap } from '../../../platform/page-bridge';
import { errorSentence } from '../../../ui-shared/error-text';

// One secret an imported profile refers to (sip:<account> or binding:<key>), entered again right here.
export function SecretReentry({ secretKey }: { secretKey: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState('');
  const [state, setState] = useState<{ ok: boolean; text: string }>();
  const [kind, name] = [secretKey.slice(0, secretKey.indexOf(':')), secretKey.slice(secretKey.indexOf(':') + 1)];

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      await unwrap(getBridge().api.secrets.set({ key: secretKey, value }));
      setValue('');
      setState({ ok: true, text: t('wizard.profile.secretSaved') });
    } catch (e) {
      setState({ ok: false, text: errorSentence(t, e) });
    }
  };
  return (
    <li data-testid={`secret-needed-${secretKey}`}>
      <form onSubmit={(e) => void save(e)} className="inline-fields">
        <label htmlFor={`${id}-v`}>{t(`wizard.profile.secretFor.${kind === 'sip' ? 'sip' : 'binding'}`, { name })}</label>
        <input id={`${id}-v`} type="password" value={value} onChange={(e) => setValue(e.target.value)} required maxLength={1024} autoComplete="off" />
        <button type="submit">{t('wizard.profile.saveSecret')}</button>
        {state && (
          <span role={state.ok ? 'status' : 'alert'} className={state.ok ? 'ok' : 'error'}>
            {state.text}
          </span>
        )}
      </form>
    </li>
  );
}

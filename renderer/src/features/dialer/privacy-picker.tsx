// Whether the next call goes through a privacy number: off, dial X (AXB), or have the switch call both
// sides (callback). Shown only when a binding server is set up.
import { useTranslation } from 'react-i18next';
import { useApp } from '../../ui-shared/app-store';
import { useDialerUi } from './dialer-ui';

const modes = ['off', 'axb', 'callback'] as const;

export function PrivacyPicker() {
  const { t } = useTranslation();
  const configured = useApp((s) => Boolean(s.settings?.binding.url));
  const privacy = useDialerUi((s) => s.privacy);
  const setPrivacy = useDialerUi((s) => s.setPrivacy);
  if (!configured) return null;
  return (
    <label className="field privacy-picker" htmlFor="dial-privacy">
      <span>{t('privacy.mode')}</span>
      <select id="dial-privacy" value={privacy} onChange={(e) => setPrivacy(e.target.value as (typeof modes)[number])} data-testid="dial-privacy">
        {modes.map((m) => (
          <option key={m} value={m}>
            {t(`privacy.modes.${m}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

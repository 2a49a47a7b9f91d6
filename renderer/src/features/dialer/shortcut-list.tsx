// The keys, on screen, so nobody has to guess them.
import { useTranslation } from 'react-i18next';
import { shortcuts, type CallCommand } from './shortcuts';

export function ShortcutList() {
  const { t } = useTranslation();
  return (
    <details className="shortcut-list" data-testid="shortcut-list">
      <summary>{t('dialer.keys')}</summary>
      <dl>
        {(Object.keys(shortcuts) as CallCommand[]).map((command) => (
          <div key={command}>
            <dt>
              <kbd>{shortcuts[command]}</kbd>
            </dt>
            <dd>{t(`dialer.key.${command}`)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>0–9 * #</kbd>
          </dt>
          <dd>{t('dialer.key.dtmf')}</dd>
        </div>
      </dl>
    </details>
  );
}

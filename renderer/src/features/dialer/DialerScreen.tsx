import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../app/EmptyState';
import { useApp } from '../../app/store';

export function DialerScreen() {
  const { t } = useTranslation();
  const go = useApp((s) => s.go);
  return (
    <EmptyState
      title={t('dialer.title')}
      message={t('dialer.empty')}
      hint={t('dialer.emptyHint')}
      action={
        <button type="button" className="primary" onClick={() => go('setup')}>
          {t('dialer.goSetup')}
        </button>
      }
    />
  );
}

// What the content area shows while a screen's chunk is fetched; invisible for the first moments so a
// fast load (the usual case from local disk) does not flash it.
import { useTranslation } from 'react-i18next';
import './screen-loading.css';

export function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <p className="muted screen-loading" role="status" data-testid="screen-loading">
      {t('screens.loading')}
    </p>
  );
}

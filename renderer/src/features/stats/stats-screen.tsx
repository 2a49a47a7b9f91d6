// Stats: the screen's frame; the board with its charts loads on first visit.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

const StatsBoardView = lazy(() => import('./stats-board-view'));

export function StatsScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen stats-screen">
      <h1>{t('stats.title')}</h1>
      <Suspense fallback={<p className="muted">{t('stats.loading')}</p>}>
        <StatsBoardView />
      </Suspense>
    </section>
  );
}

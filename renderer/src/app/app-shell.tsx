import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getBridge } from '../platform/page-bridge';
import { NavBar } from './nav-bar';
import { ScreenBoundary } from './screen-boundary';
import { ScreenLoading } from './screen-loading';
import { preloadScreensWhenIdle, retryScreen, screenView } from './screen-views';
import { StatusBar } from './status-bar';
import { useApp } from '../ui-shared/app-store';

export function App() {
  const { t } = useTranslation();
  const screen = useApp((s) => s.screen);
  const [attempt, setAttempt] = useState(0);
  useEffect(preloadScreensWhenIdle, []);
  const View = screenView(screen);
  const retry = () => {
    retryScreen(screen);
    setAttempt((n) => n + 1);
  };
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        {getBridge().runtime === 'harness' && (
          <span className="harness-badge" data-testid="harness-badge" title={t('app.harnessTitle')}>
            {t('app.harness')}
          </span>
        )}
      </header>
      <NavBar />
      <main className="content" id="main">
        <ScreenBoundary key={`${screen}:${attempt}`} onRetry={retry}>
          <Suspense fallback={<ScreenLoading />}>
            <View />
          </Suspense>
        </ScreenBoundary>
      </main>
      <StatusBar />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { preloadScreen } from './screen-views';
import { screens, useApp } from '../ui-shared/app-store';

// Alt+1…6 jump between screens; the buttons are plain focusable buttons for keyboard users.
// Pointing at or focusing a button starts fetching that screen's chunk, so the click rarely waits.
export function NavBar() {
  const { t } = useTranslation();
  const { screen, go } = useApp();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      {screens.map((s, i) => (
        <button key={s} type="button" className="nav-item" aria-current={s === screen ? 'page' : undefined} aria-keyshortcuts={`Alt+${i + 1}`} onClick={() => go(s)} onPointerEnter={() => void preloadScreen(s)} onFocus={() => void preloadScreen(s)} data-testid={`nav-${s}`}>
          {t(`nav.${s}`)}
        </button>
      ))}
    </nav>
  );
}

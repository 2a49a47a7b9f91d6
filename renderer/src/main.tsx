import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { boot } from './app/boot';
import { useGlobalShortcuts } from './app/useGlobalShortcuts';
import { useFirstRunSetup } from './features/setup/useFirstRunSetup';
import { i18n } from './i18n';
import './styles.css';

function Root() {
  useGlobalShortcuts();
  useFirstRunSetup();
  return <App />;
}

const root = createRoot(document.getElementById('root')!);
boot().then(
  () =>
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <Root />
        </I18nextProvider>
      </StrictMode>,
    ),
  (error: Error) => {
    // Before i18n is up there is no translation; say it in both languages.
    const p = document.createElement('p');
    p.className = 'fatal';
    p.setAttribute('role', 'alert');
    p.textContent = `Dialdeck 无法启动 / could not start: ${error.message}`;
    document.getElementById('root')!.replaceChildren(p);
  },
);

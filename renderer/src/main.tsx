import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app-shell';
import { boot } from './app/boot';
import { useGlobalShortcuts } from './app/use-global-shortcuts';
import { useFirstRunSetup } from './features/setup/use-first-run-setup';
import { i18n } from './i18n';
import { startupProblem } from './platform/startup-problem';
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
  (error: unknown) => {
    // Before i18n is up: the browser's language, and what to do; the raw error is for the console
    console.error('Dialdeck could not start', error);
    const { language, text } = startupProblem(error, navigator.language);
    const p = document.createElement('p');
    p.className = 'fatal';
    p.lang = language;
    p.setAttribute('role', 'alert');
    p.textContent = text;
    document.getElementById('root')!.replaceChildren(p);
  },
);

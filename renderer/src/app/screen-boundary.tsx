// Keeps the shell (navigation, status bar, calls) alive when a screen cannot load or throws: the agent
// sees why and can try again or go back to the dialer instead of facing a blank window.
import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** the parent remounts this boundary (new key) with a fresh import of the screen */
  onRetry(): void;
}

interface State {
  error?: Error;
}

export class ScreenBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div className="screen" role="alert" data-testid="screen-failed">
            <p className="error">{t('screens.loadFailed', { message: t('errors.unexpected') })}</p>
            <button type="button" onClick={this.props.onRetry}>
              {t('screens.retry')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}

import { useTranslation } from 'react-i18next';
import { CampaignsScreen } from '../features/campaigns/CampaignsScreen';
import { ContactsScreen } from '../features/contacts/ContactsScreen';
import { DialerScreen } from '../features/dialer/DialerScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { SetupScreen } from '../features/setup/SetupScreen';
import { StatsScreen } from '../features/stats/StatsScreen';
import { getBridge } from '../platform/bridge';
import { NavBar } from './NavBar';
import { StatusBar } from './StatusBar';
import { useApp, type Screen } from './store';

const screenViews: Record<Screen, () => React.JSX.Element> = {
  dialer: DialerScreen,
  contacts: ContactsScreen,
  campaigns: CampaignsScreen,
  setup: SetupScreen,
  settings: SettingsScreen,
  stats: StatsScreen,
};

export function App() {
  const { t } = useTranslation();
  const screen = useApp((s) => s.screen);
  const View = screenViews[screen];
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
        <View />
      </main>
      <StatusBar />
    </div>
  );
}

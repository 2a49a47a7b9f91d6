// Loads what the first screen needs from main and subscribes to its changes.
import { pickUiLanguage } from '../../../common/i18n/ui-language';
import { initI18n, switchLanguage } from '../i18n';
import { readLoadedConnectSources } from '../platform/connect-policy';
import { startPhone } from '../phone/start';
import { reloadForNewServers, restoreScreen } from './reload-when-idle';
import { getBridge, unwrap } from '../platform/page-bridge';
import { useApp } from '../ui-shared/app-store';

export async function boot(): Promise<void> {
  const { api } = getBridge();
  await readLoadedConnectSources();
  restoreScreen();
  const [info, settings, devices] = await Promise.all([unwrap(api.app.info({})), unwrap(api.settings.get({})), unwrap(api.devices.status({}))]);
  await initI18n(pickUiLanguage(settings.ui.language, info.systemLocale || navigator.language));
  useApp.setState({ info, settings, devices });
  api.settings.onChanged((next) => {
    useApp.setState({ settings: next });
    void switchLanguage(pickUiLanguage(next.ui.language, info.systemLocale || navigator.language));
  });
  api.devices.onStatus((next) => useApp.setState({ devices: next }));
  // the phone runs for the page's whole life, whichever screen is open
  startPhone();
  reloadForNewServers();
}

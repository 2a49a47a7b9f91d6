// Starts the phone once per page: engine ↔ store, accounts and audio devices from settings (and on
// every settings change), headset and gateway wiring. Idempotent, so StrictMode's double effects and
// a second caller are harmless.
import type { Settings } from '../../../common/settings/settings-schema';
import { useApp } from '../ui-shared/app-store';
import { getBridge } from '../platform/page-bridge';
import { syncAccounts } from './accounts';
import { getEngine } from './page-engine';
import { onGatewayEvent } from './gateway-calls';
import { bindHeadset } from './headset-link';
import { bindEngine } from './sip-binding';
import { normalizeDialInput } from './dial-input';
import { setDraft, usePhone } from './phone-store';

let started = false;
let retry: ReturnType<typeof setTimeout> | undefined;

function applyAudio(settings: Settings): void {
  const { microphoneId, speakerId, ringerIds } = settings.audio;
  const pick = (id: string) => (id === 'default' ? undefined : id);
  void getEngine()
    .setDevices({ microphoneId: pick(microphoneId), speakerId: pick(speakerId), ringerIds: ringerIds.map((id) => (id === 'default' ? '' : id)) })
    .catch((error: unknown) => console.error('phone: audio devices not applied', error));
}

async function apply(settings: Settings): Promise<void> {
  applyAudio(settings);
  await syncAccounts(settings);
  // a password stored after the account was saved: try again shortly (secrets have no change event)
  clearTimeout(retry);
  if (Object.keys(usePhone.getState().accountProblems).length > 0) {
    retry = setTimeout(() => {
      const latest = useApp.getState().settings;
      if (latest) void apply(latest);
    }, 5000);
  }
}

export function startPhone(): void {
  if (started) return;
  started = true;
  bindEngine();
  bindHeadset();
  const { api } = getBridge();
  api.gateway.onEvent(onGatewayEvent);
  // a password stored after its account was saved: register as soon as main has it
  api.secrets.onChanged(() => {
    const latest = useApp.getState().settings;
    if (latest) void apply(latest);
  });
  // a tel: link or a second instance: fill the number and show the dialer; the agent presses Enter
  api.app.onDialRequest(({ number }) => {
    setDraft(normalizeDialInput(number));
    useApp.getState().go('dialer');
  });
  let current = useApp.getState().settings;
  if (current) void apply(current);
  useApp.subscribe((state) => {
    if (state.settings === current || state.settings === undefined) return;
    current = state.settings;
    void apply(current);
  });
}

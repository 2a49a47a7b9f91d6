import type { UploadStore } from '../files/upload-store';
import type { Handlers } from '../ipc/router';
import type { SecretStore } from '../secrets/secret-store';
import type { SettingsStore } from '../settings/settings-store';
import type { Recordings } from '../telephony/recording-files';
import { sipCredentials } from '../telephony/sip-credentials';

export function telephonyHandlers(settings: SettingsStore, secrets: SecretStore, uploads: UploadStore, recordings: Recordings): Pick<Handlers, 'sip:credentials' | 'recordings:save'> {
  return {
    'sip:credentials': ({ accountId }) => sipCredentials(settings.get(), secrets, accountId),
    'recordings:save': async ({ fileId, accountId, callId, startedAt }) => ({ path: await recordings.store(uploads.pathOf(fileId), accountId, callId, startedAt) }),
  };
}

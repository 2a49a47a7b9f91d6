import { MAX_UPLOAD_BYTES } from '../../../../../common/ipc/channels/files-channels';

export const crmFilesLimits = { maxBytes: MAX_UPLOAD_BYTES, accept: '.csv,.txt,.xlsx' } as const;

// Call recordings: an uploaded recording moves into the recordings folder, next to the call log.
import { z } from 'zod';
import { FileId } from './files-channels';
import { SipAccountId } from './sip-channels';

export const recordingsInvoke = {
  /** moves an uploaded recording into the recordings folder; returns where it now lives */
  'recordings:save': {
    req: z.object({ fileId: FileId, accountId: SipAccountId, callId: z.string().max(128).regex(/^[A-Za-z0-9._-]{1,128}$/), startedAt: z.number().int().nonnegative() }).strict(),
    res: z.object({ path: z.string() }),
  },
} as const;

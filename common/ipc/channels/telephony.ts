// What the renderer's phone engine needs from main: credentials derived from stored secrets, and a place
// for call recordings next to the call log.
import { z } from 'zod';
import { FileId } from './files';

const accountId = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);

export const telephonyInvoke = {
  /** HA1 = MD5(authUser:realm:password) computed in main; the clear password never reaches the page */
  'sip:credentials': {
    req: z.object({ accountId }).strict(),
    res: z.object({ authorizationUsername: z.string(), ha1: z.string().regex(/^[0-9a-f]{32}$/) }),
  },
  /** moves an uploaded recording into the recordings folder; returns where it now lives */
  'recordings:save': {
    req: z.object({ fileId: FileId, accountId, callId: z.string().regex(/^[A-Za-z0-9._-]{1,128}$/), startedAt: z.number().int().nonnegative() }).strict(),
    res: z.object({ path: z.string() }),
  },
} as const;

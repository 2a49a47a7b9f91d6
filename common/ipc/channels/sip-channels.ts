// What the renderer's SIP engine needs from main: credentials derived from stored secrets.
import { z } from 'zod';

/** a SIP account's id in the settings */
export const SipAccountId = z.string().max(64).regex(/^[A-Za-z0-9._-]{1,64}$/);

export const sipInvoke = {
  /** HA1 = MD5(authUser:realm:password) computed in main; the clear password never reaches the page */
  'sip:credentials': {
    req: z.object({ accountId: SipAccountId }).strict(),
    res: z.object({ authorizationUsername: z.string(), ha1: z.string().regex(/^[0-9a-f]{32}$/) }),
  },
} as const;

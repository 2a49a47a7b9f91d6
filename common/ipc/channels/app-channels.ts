// The app itself: who and what is running, and dial requests from outside (tel: links, a second start).
import { z } from 'zod';
import { AppInfo, NoArgs } from '../schemas';

export const appInvoke = {
  'app:info': { req: NoArgs, res: AppInfo },
} as const;

export const appEvents = {
  'app:dialRequest': z.object({ number: z.string().max(64), source: z.enum(['tel-link', 'second-instance']) }),
} as const;

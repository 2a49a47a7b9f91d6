// Links the page asks the OS to open (main allows https: and mailto: only).
import { z } from 'zod';

export const shellInvoke = {
  'shell:openExternal': { req: z.object({ url: z.string().max(2048) }).strict(), res: z.object({ opened: z.boolean() }) },
} as const;

// The diagnostics bundle for support: a summary in the user's language (summary.txt), versions, devices,
// recent logs (numbers masked), settings without secrets.
import { z } from 'zod';
import { UiLanguage } from '../../i18n/ui-language';

export const diagnosticsInvoke = {
  'diagnostics:bundle': { req: z.object({ language: UiLanguage }).strict(), res: z.object({ path: z.string(), files: z.array(z.string()) }) },
} as const;

// The stats board: calls per hour, connect rate, talk time and outcomes per day and per campaign.
import { z } from 'zod';
import { UiLanguage } from '../../i18n/ui-language';
import { CampaignRef, StatsBoard, StatsQuery } from '../../stats';

export const StatsExportFormat = z.enum(['csv', 'xlsx']);

export const statsInvoke = {
  'stats:board': { req: StatsQuery, res: StatsBoard },
  /** campaigns that have calls in the log, for the board's picker */
  'stats:campaigns': { req: z.object({}).strict(), res: z.array(CampaignRef) },
  /** writes the board to the export folder (Downloads in Electron) and says where */
  'stats:export': {
    req: z.object({ query: StatsQuery, format: StatsExportFormat, language: UiLanguage }).strict(),
    res: z.object({ path: z.string(), fileName: z.string() }),
  },
} as const;

// The page's log lines, written by main to the rotating log (numbers masked there).
import { LogEntry, NoArgs } from '../schemas';

export const logInvoke = {
  'log:write': { req: LogEntry, res: NoArgs },
} as const;

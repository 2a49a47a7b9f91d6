// The logging port every main-side service takes. Context objects are structured, never interpolated.
export type LogContext = Record<string, unknown>;

export interface Logger {
  error(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  debug(message: string, context?: LogContext): void;
}

/** For tests and CLIs that must stay quiet; collects lines so tests can assert on them. */
export function memoryLogger(): Logger & { lines: { level: string; message: string; context?: LogContext }[] } {
  const lines: { level: string; message: string; context?: LogContext }[] = [];
  const at = (level: string) => (message: string, context?: LogContext) => void lines.push({ level, message, context });
  return { lines, error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

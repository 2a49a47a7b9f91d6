// File logging with rotation through electron-log's Node flavour, used the same way by Electron main
// (logs under app.getPath('logs')) and by the harness/CLIs. Every line passes the phone-number mask.
import log from 'electron-log/node';
import { join } from 'node:path';
import { maskPhoneNumbers } from '../../../common/privacy/mask';
import type { LogContext, Logger } from './logger';

export interface FileLoggerOptions {
  dir: string;
  fileName?: string;
  /** bytes before the file is rotated to <name>.old.log */
  maxSize?: number;
  console?: boolean;
}

export function createFileLogger(options: FileLoggerOptions): Logger {
  const logger = log.create({ logId: options.fileName ?? 'main' });
  logger.transports.file.resolvePathFn = () => join(options.dir, options.fileName ?? 'main.log');
  logger.transports.file.maxSize = options.maxSize ?? 5 * 1024 * 1024;
  logger.transports.file.level = 'info';
  logger.transports.console.level = options.console ? 'info' : false;
  logger.hooks.push((message) => {
    message.data = message.data.map((item) => (typeof item === 'string' ? maskPhoneNumbers(item) : item));
    return message;
  });
  const write = (level: 'error' | 'warn' | 'info' | 'debug') => (message: string, context?: LogContext) => {
    if (context) logger[level](message, maskPhoneNumbers(safeJson(context)));
    else logger[level](message);
  };
  return { error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug') };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return '[unserialisable context]';
  }
}

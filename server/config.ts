// Zero configuration by default: a SQLite file under ./data, a master key generated next to it.
import { z } from 'zod';

export const Config = z.object({
  DATABASE_URL: z.string().default('./data/binding.db'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /** base64 of 32 bytes; every instance sharing a database must use the same one */
  BINDING_MASTER_KEY: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(6000),
  /** enables the SIP proxy's route lookup (GET /v1/switch/route) with this bearer token */
  SWITCH_TOKEN: z.string().min(32, 'SWITCH_TOKEN must be at least 32 characters').optional(),
  /** the tenant whose bindings the SIP proxy may look up */
  SWITCH_TENANT: z.string().default('default'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof Config>;

export function loadConfig(env: Record<string, string | undefined>): Config {
  const r = Config.safeParse(env);
  if (!r.success) throw new Error(`bad configuration: ${z.prettifyError(r.error)}`);
  return r.data;
}

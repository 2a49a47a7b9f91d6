// `npx tsx server/main.ts` starts the binding server with zero configuration (see config.ts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { buildApp } from './build-app';
import { systemClock } from './clock';
import { loadConfig, type Config } from './config';
import { connect, isUniqueViolation } from './db/connect';
import { holdInstanceLock } from './db/instance-lock';
import { migrateToLatest } from './db/migrate';
import { startBackground } from './jobs/background';
import { createTenantWithKey, tenantIdByName } from './security/keys';
import { createVault } from './security/vault';

function masterKey(cfg: Config): Buffer {
  if (cfg.BINDING_MASTER_KEY) return Buffer.from(cfg.BINDING_MASTER_KEY, 'base64');
  const file = join(cfg.DATA_DIR, 'master.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

const cfg = loadConfig(process.env);
mkdirSync(cfg.DATA_DIR, { recursive: true });
const { kysely: db, dialect, sqlite } = connect(cfg.DATABASE_URL);
let releaseInstanceLock = () => {}; // kept referenced: a collected lock connection would let go of the file
try {
  if (sqlite && sqlite.name !== ':memory:') releaseInstanceLock = holdInstanceLock(sqlite.name);
} catch (error) {
  process.stderr.write(`dialdeck binding server: ${(error as Error).message}\n`);
  process.exit(1);
}
await migrateToLatest(db);
const vault = createVault(masterKey(cfg));

// First start: make a tenant and print its key once, so the server is usable straight away.
// Several instances may start on one empty PostgreSQL at once: the one that loses the race uses the
// tenant the winner made (and does not print a key).
const firstKey = (await db.selectFrom('tenants').select('id').limit(1).executeTakeFirst())
  ? null
  : await createTenantWithKey(db, vault, 'default', systemClock()).catch((error: unknown) => {
      if (isUniqueViolation(error)) return null;
      throw error;
    });
const switchAccess = cfg.SWITCH_TOKEN ? { token: cfg.SWITCH_TOKEN, tenantId: await tenantIdByName(db, cfg.SWITCH_TENANT) } : undefined;
const app = await buildApp({ db, dialect, sqlite, vault, clock: systemClock }, { logger: { level: cfg.LOG_LEVEL }, rateLimitPerMinute: cfg.RATE_LIMIT_PER_MINUTE, switchAccess });
if (firstKey) app.log.warn({ keyId: firstKey.id, secret: firstKey.secret }, 'created tenant "default"; store this key secret now, it is not shown again');

const stopBackground = startBackground(db, vault, systemClock, (err) => app.log.error({ err }, 'background job failed'));
await app.listen({ host: cfg.HOST, port: cfg.PORT });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await app.close();
    await stopBackground();
    await db.destroy();
    releaseInstanceLock();
    process.exit(0);
  });
}

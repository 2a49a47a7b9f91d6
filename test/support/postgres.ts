// A throwaway PostgreSQL for tests: initdb into a temp dir, listen on a unix socket only (no TCP,
// so it works inside a network namespace), run as the `postgres` user because postgres refuses root.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
  /** connection string for a fresh database named `name` */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

function findBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  return null;
}

/** Why PostgreSQL tests cannot run here, or null if they can. */
export function postgresUnavailable(): string | null {
  if (!findBin()) return 'PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install -y postgresql)';
  if (spawnSync('id', ['postgres']).status !== 0) return 'no `postgres` system user to run the server as';
  return null;
}

export function startPostgres(): TestPostgres {
  const bin = findBin();
  if (!bin) throw new Error(postgresUnavailable() ?? 'no postgres');
  const dir = mkdtempSync(join(tmpdir(), 'dd-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const asPostgres = (cmd: string, args: string[]) => {
    const asRoot = process.getuid?.() === 0;
    execFileSync(asRoot ? 'runuser' : join(bin, cmd), asRoot ? ['-u', 'postgres', '--', join(bin, cmd), ...args] : args, { stdio: 'pipe' });
  };
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  // fsync off and a small shared_buffers: tests want speed, not durability
  const opts = `-k ${dir} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  asPostgres('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
  const url = (db: string) => `postgres://postgres@localhost/${db}?host=${encodeURIComponent(dir)}`;
  return {
    async createDatabase(name) {
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/[^\w]/g, '_')}"`);
      } finally {
        await client.end();
      }
      return url(name.replace(/[^\w]/g, '_'));
    },
    stop() {
      try {
        asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

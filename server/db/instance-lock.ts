// A SQLite database serves ONE binding-server instance: replay refusal keeps the signature window's
// nonces in memory (security/recent-nonces.ts), which a second instance on the same file would not
// see. So the server holds an exclusive SQLite lock on a small sibling file for its whole life, and a
// second one refuses to start. The OS drops the lock when the process ends, a crash included, so no
// stale lock is ever left behind. Tools that open the database briefly (tests, migrations) are free.
import SQLite from 'better-sqlite3';

export function holdInstanceLock(dbFile: string): () => void {
  const lockFile = `${dbFile}.instance-lock`;
  const lock = new SQLite(lockFile);
  try {
    lock.pragma('locking_mode = EXCLUSIVE'); // once taken, held until close
    lock.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS instance (started_at INTEGER); COMMIT');
  } catch (err) {
    lock.close();
    if ((err as { code?: unknown }).code === 'SQLITE_BUSY') {
      throw new Error(`another binding server is already serving ${dbFile} (it holds ${lockFile}); ` +
        'a SQLite database serves one instance; for several instances set DATABASE_URL to a PostgreSQL database', { cause: err });
    }
    throw err;
  }
  return () => lock.close();
}

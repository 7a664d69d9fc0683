/**
 * The embedded default: SQLite in one file through better-sqlite3, in WAL mode, so a process
 * killed at any moment keeps every committed transaction and a second process on the same file
 * waits for the write lock instead of failing.
 *
 * better-sqlite3 is synchronous and one connection serves the whole process, so transactions are
 * queued here: an `await` inside one must not let another request's statements into it.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { SqlDatabase, SqlExecutor, SqlValue } from './database.js';

/** How long a statement waits for another process's write lock before it fails. */
const BUSY_TIMEOUT_MS = 5000;

export const SQLITE_FILE = 'unsubscribe.sqlite';

export function openSqlite(dataDir: string): SqlDatabase {
  mkdirSync(dataDir, { recursive: true });
  // A native module: loaded with require so the bundle leaves it in node_modules.
  const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  const db = new Database(join(dataDir, SQLITE_FILE), { timeout: BUSY_TIMEOUT_MS });
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a commit survives the process being killed; only a power cut may lose the last ones.
  db.pragma('synchronous = NORMAL');

  const direct: SqlExecutor = {
    all: (sql, params = []) => Promise.resolve(db.prepare(sql).all(...(params as SqlValue[])) as Record<string, unknown>[]),
    run: (sql, params = []) => Promise.resolve(db.prepare(sql).run(...(params as SqlValue[])).changes),
  };

  let queue: Promise<unknown> = Promise.resolve();
  function serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    engine: 'sqlite',
    all: (sql, params) => serialized(() => direct.all(sql, params)),
    run: (sql, params) => serialized(() => direct.run(sql, params)),
    transaction: (work) =>
      serialized(async () => {
        // IMMEDIATE takes the write lock at once: two processes cannot both read "no request yet".
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () => serialized(async () => void db.close()),
  };
}

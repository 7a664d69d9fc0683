/**
 * Opens the reference back end's database: PostgreSQL when a connection string is given
 * (`DATABASE_URL`), otherwise the embedded SQLite file in the data folder; then creates the tables
 * that are missing.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlDatabase } from './database.js';
import { openPostgres } from './postgres.js';
import { migrate } from './schema.js';
import { openSqlite, SQLITE_FILE } from './sqlite.js';

export interface DatabaseChoice {
  /** `postgres://…`: a PostgreSQL server (several instances may share it). */
  databaseUrl?: string;
  /** Where the embedded database lives when no URL is given. */
  dataDir: string;
}

export async function openDatabase(choice: DatabaseChoice): Promise<SqlDatabase> {
  const db = choice.databaseUrl ? openPostgres(choice.databaseUrl) : openSqlite(choice.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  return db;
}

/** Deletes the embedded database in `dataDir` (the file and its WAL), for a fresh start. */
export function deleteEmbeddedDatabase(dataDir: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, SQLITE_FILE + suffix), { force: true });
}

/** Where the database is, for the start-up line: never the password. */
export function describeDatabase(choice: DatabaseChoice): string {
  if (!choice.databaseUrl) return `SQLite in ${join(choice.dataDir, SQLITE_FILE)}`;
  try {
    const url = new URL(choice.databaseUrl);
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

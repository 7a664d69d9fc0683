/**
 * PostgreSQL through node-postgres, for an operator who runs several instances of the back end on
 * one database (`DATABASE_URL`). The same statements as SQLite: `?` placeholders are numbered
 * here, and bigints come back as numbers (every one the schema holds is a time in milliseconds or
 * a counter, far below 2^53).
 */
import { createRequire } from 'node:module';
import type * as Pg from 'pg';
import type { SqlDatabase, SqlExecutor, SqlValue } from './database.js';

const INT8_OID = 20;

/** `?` → `$1`, `$2`… outside string literals (the statements here have no `?` inside quotes). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/'[^']*'|\?/g, (match) => (match === '?' ? `$${++n}` : match));
}

export function openPostgres(connectionString: string): SqlDatabase {
  const pg = createRequire(import.meta.url)('pg') as typeof Pg;
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as Pg.CustomTypesConfig['getTypeParser'],
  };
  const pool = new pg.Pool({ connectionString, types, max: 10, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);

  const over = (client: Pg.Pool | Pg.PoolClient): SqlExecutor => ({
    all: async (sql, params = []) => (await client.query(numberPlaceholders(sql), params as SqlValue[])).rows as Record<string, unknown>[],
    run: async (sql, params = []) => (await client.query(numberPlaceholders(sql), params as SqlValue[])).rowCount ?? 0,
  });

  return {
    engine: 'postgres',
    ...over(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(over(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

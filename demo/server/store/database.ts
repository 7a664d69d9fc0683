/**
 * The one thing the reference back end asks of a database: run a statement with parameters, and
 * run a function as a transaction. Two engines implement it with one schema and one set of
 * statements (`schema.ts`, `account-store.ts`): SQLite through better-sqlite3 (the embedded
 * default, a file under the data folder) and PostgreSQL through node-postgres (`DATABASE_URL`).
 *
 * Statements are written once, in the subset both dialects share, with `?` placeholders; the
 * PostgreSQL engine numbers them (`$1`, `$2`…). Integers are returned as numbers by both.
 */

export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

export interface SqlExecutor {
  /** The rows a statement returns (a `select`, or a write with `returning`). */
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a write; how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface SqlDatabase extends SqlExecutor {
  readonly engine: 'sqlite' | 'postgres';
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. Writes
   * of two transactions on one account are serialized by `lockAccount` (see `account-store.ts`).
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The first row's column as a number (`count(*)` is a bigint, which node-postgres gives as a string). */
export function numberOf(row: Row | undefined, column: string): number {
  const value = row?.[column];
  return value === undefined || value === null ? 0 : Number(value);
}

/**
 * The tables of the reference back end, one schema for SQLite and PostgreSQL: only `text`,
 * `bigint` (milliseconds since the epoch, counters) and `integer` (0/1 flags and small numbers),
 * primary keys, unique constraints and plain indexes.
 *
 * Everything is keyed by the account, not by the browser: a visitor cookie (stored as its SHA-256,
 * never in clear) only says which account a browser acts for.
 */
import type { SqlDatabase } from './database.js';

export const SCHEMA_VERSION = 1;

const STATEMENTS: readonly string[] = [
  `create table if not exists schema_info (version integer not null)`,
  `create table if not exists accounts (
    id text primary key,
    created_at bigint not null,
    locked_until bigint not null default 0,
    version bigint not null default 0
  )`,
  `create table if not exists visitors (
    cookie_hash text primary key,
    account_id text not null,
    created_at bigint not null,
    last_seen_at bigint not null
  )`,
  `create table if not exists challenges (
    id text primary key,
    account_id text not null,
    method text not null,
    code_hash text,
    handoff_hash text unique,
    expires_at bigint,
    spent integer not null default 0,
    face_approved integer not null default 0,
    proof text unique,
    created_at bigint not null
  )`,
  `create index if not exists challenges_by_account on challenges (account_id, created_at)`,
  `create table if not exists verification_events (
    account_id text not null,
    kind text not null,
    at bigint not null
  )`,
  `create index if not exists verification_events_by_account on verification_events (account_id, at)`,
  `create table if not exists quotes (
    id text primary key,
    account_id text not null,
    body text not null,
    created_at bigint not null
  )`,
  `create index if not exists quotes_by_account on quotes (account_id, created_at)`,
  `create table if not exists requests (
    id text primary key,
    account_id text not null,
    subscription_id text not null,
    idempotency_key text not null,
    fingerprint text not null,
    quote text not null,
    submitted_at bigint not null,
    unique (account_id, idempotency_key)
  )`,
  `create index if not exists requests_by_account on requests (account_id, submitted_at)`,
  `create table if not exists request_numbers (
    day text primary key,
    last_number bigint not null
  )`,
  `create table if not exists feedback (
    account_id text not null,
    request_id text,
    rating integer not null,
    comment text,
    created_at bigint not null
  )`,
  `create index if not exists feedback_by_account on feedback (account_id)`,
  `create table if not exists withdrawals (
    request_id text primary key,
    account_id text not null,
    idempotency_key text not null,
    withdrawn_at bigint not null,
    unique (account_id, idempotency_key)
  )`,
  `create table if not exists sms_outbox (
    account_id text not null,
    sent_to text not null,
    code text not null,
    sent_at bigint not null
  )`,
  `create index if not exists sms_outbox_by_account on sms_outbox (account_id, sent_at)`,
  `create table if not exists offer_agreements (
    account_id text not null,
    idempotency_key text not null,
    fingerprint text not null,
    body text not null,
    agreed_at bigint not null,
    unique (account_id, idempotency_key)
  )`,
  // Added with sendReceipt (issue 15): created on the next start of a database made before it.
  `create table if not exists receipt_deliveries (
    account_id text not null,
    request_id text not null,
    channel text not null,
    idempotency_key text not null,
    sent_to text not null,
    subject text,
    body text not null,
    sent_at bigint not null,
    unique (account_id, idempotency_key)
  )`,
  `create index if not exists receipt_deliveries_by_request on receipt_deliveries (account_id, request_id, sent_at)`,
];

/** Any number: it only has to be the same in every instance that migrates one PostgreSQL database. */
const MIGRATION_LOCK = 7_318_201;

/**
 * Creates the tables that are missing, in one transaction. On PostgreSQL an advisory lock makes
 * instances that start together take turns; SQLite's write lock does the same for its file.
 * @throws Error when the database was made by a newer version of this back end.
 */
export async function migrate(db: SqlDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    if (db.engine === 'postgres') await tx.all('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    for (const statement of STATEMENTS) await tx.run(statement);
    const [row] = await tx.all('select version from schema_info');
    if (row === undefined) await tx.run('insert into schema_info (version) values (?)', [SCHEMA_VERSION]);
    else if (Number(row['version']) > SCHEMA_VERSION) {
      throw new Error(`the database has schema version ${String(row['version'])}, newer than this back end's ${SCHEMA_VERSION}`);
    }
  });
}

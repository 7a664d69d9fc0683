/**
 * Every statement the reference back end runs, as typed functions over one database. Each row
 * belongs to an account; nothing here knows about cookies beyond their hash, or about HTTP.
 *
 * Growth is bounded per account: the SMS outbox and the quotes keep their newest few, verification
 * events older than a day and challenges older than a day that never succeeded are dropped when a
 * new one is written.
 */
import type { Agreement, RefundQuote, VerificationMethod } from '../../../src/contract/index.js';
import type { VerificationEvent, VerificationEventKind } from '../../../src/adapters/mock/verification-rules.js';
import { numberOf, type Row, type SqlDatabase, type SqlExecutor } from './database.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The fake phone keeps this many messages per account, the quote book this many quotes. */
export const OUTBOX_KEEP = 20;
export const QUOTES_KEEP = 20;

export interface AccountRow {
  id: string;
  createdAt: number;
}

export interface ChallengeRow {
  id: string;
  accountId: string;
  method: VerificationMethod;
  codeHash: string | null;
  expiresAt: number | null;
  spent: boolean;
  faceApproved: boolean;
  proof: string | null;
}

/** An accepted offer as stored: what was agreed, and the request it answered (to tell a retry from a reused key). */
export interface StoredAgreement {
  fingerprint: string;
  agreement: Agreement;
}

export interface RequestRow {
  id: string;
  accountId: string;
  subscriptionId: string;
  idempotencyKey: string;
  fingerprint: string;
  quote: RefundQuote;
  submittedAt: number;
}

/** A quote as stored: the quote, and the cloud PC it is for (absent in rows from before several were known: the first one's). */
export type StoredQuote = RefundQuote & { subscriptionId?: string };

export interface SmsRow {
  to: string;
  code: string;
  sentAt: number;
}

const str = (row: Row, column: string): string => String(row[column]);
const optionalStr = (row: Row, column: string): string | null =>
  row[column] === null || row[column] === undefined ? null : String(row[column]);

function challengeOf(row: Row): ChallengeRow {
  return {
    id: str(row, 'id'),
    accountId: str(row, 'account_id'),
    method: str(row, 'method') as VerificationMethod,
    codeHash: optionalStr(row, 'code_hash'),
    expiresAt: row['expires_at'] === null ? null : numberOf(row, 'expires_at'),
    spent: numberOf(row, 'spent') === 1,
    faceApproved: numberOf(row, 'face_approved') === 1,
    proof: optionalStr(row, 'proof'),
  };
}

function requestOf(row: Row): RequestRow {
  return {
    id: str(row, 'id'),
    accountId: str(row, 'account_id'),
    subscriptionId: str(row, 'subscription_id'),
    idempotencyKey: str(row, 'idempotency_key'),
    fingerprint: str(row, 'fingerprint'),
    quote: JSON.parse(str(row, 'quote')) as RefundQuote,
    submittedAt: numberOf(row, 'submitted_at'),
  };
}

const REQUEST_COLUMNS = 'id, account_id, subscription_id, idempotency_key, fingerprint, quote, submitted_at';
const CHALLENGE_COLUMNS = 'id, account_id, method, code_hash, expires_at, spent, face_approved, proof';

export function createAccountStore(db: SqlDatabase) {
  return {
    db,

    // ---- accounts and the browsers that act for them

    async findVisitor(cookieHash: string): Promise<AccountRow | undefined> {
      const [row] = await db.all(
        'select a.id, a.created_at from visitors v join accounts a on a.id = v.account_id where v.cookie_hash = ?',
        [cookieHash],
      );
      return row && { id: str(row, 'id'), createdAt: numberOf(row, 'created_at') };
    },

    /** Stores the account (once) and points the cookie at it. */
    async saveVisitor(cookieHash: string, account: AccountRow, now: number): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.run('insert into accounts (id, created_at) values (?, ?) on conflict (id) do nothing', [account.id, account.createdAt]);
        await tx.run(
          `insert into visitors (cookie_hash, account_id, created_at, last_seen_at) values (?, ?, ?, ?)
           on conflict (cookie_hash) do update set account_id = excluded.account_id, last_seen_at = excluded.last_seen_at`,
          [cookieHash, account.id, now, now],
        );
      });
    },

    /**
     * Serializes the writes of one account: the row lock (PostgreSQL) or the write lock (SQLite) is
     * held until the transaction ends, so two instances cannot both decide "no request yet".
     */
    async lockAccount(tx: SqlExecutor, accountId: string): Promise<void> {
      await tx.run('update accounts set version = version + 1 where id = ?', [accountId]);
    },

    // ---- verification: the account's guard (lock-out and recent events), challenges, proofs

    async readGuard(tx: SqlExecutor, accountId: string, now: number): Promise<{ lockedUntil: number; events: VerificationEvent[] }> {
      const [account] = await tx.all('select locked_until from accounts where id = ?', [accountId]);
      const rows = await tx.all('select kind, at from verification_events where account_id = ? and at > ? order by at', [
        accountId,
        now - DAY_MS,
      ]);
      return {
        lockedUntil: numberOf(account, 'locked_until'),
        events: rows.map((row) => ({ kind: str(row, 'kind') as VerificationEventKind, at: numberOf(row, 'at') })),
      };
    },

    async addEvent(tx: SqlExecutor, accountId: string, kind: VerificationEventKind, at: number): Promise<void> {
      await tx.run('delete from verification_events where account_id = ? and at <= ?', [accountId, at - DAY_MS]);
      await tx.run('insert into verification_events (account_id, kind, at) values (?, ?, ?)', [accountId, kind, at]);
    },

    async lockUntil(tx: SqlExecutor, accountId: string, until: number): Promise<void> {
      await tx.run('update accounts set locked_until = ? where id = ?', [until, accountId]);
      await tx.run('update challenges set spent = 1 where account_id = ? and proof is null', [accountId]);
    },

    async insertChallenge(
      tx: SqlExecutor,
      challenge: { id: string; accountId: string; method: VerificationMethod; codeHash?: string; handoffHash?: string; expiresAt?: number },
      now: number,
    ): Promise<void> {
      await tx.run('delete from challenges where account_id = ? and proof is null and created_at <= ?', [
        challenge.accountId,
        now - DAY_MS,
      ]);
      if (challenge.method === 'sms') {
        // A new code supersedes the previous one.
        await tx.run("update challenges set spent = 1 where account_id = ? and method = 'sms' and proof is null", [challenge.accountId]);
      }
      await tx.run(
        'insert into challenges (id, account_id, method, code_hash, handoff_hash, expires_at, created_at) values (?, ?, ?, ?, ?, ?, ?)',
        [
          challenge.id,
          challenge.accountId,
          challenge.method,
          challenge.codeHash ?? null,
          challenge.handoffHash ?? null,
          challenge.expiresAt ?? null,
          now,
        ],
      );
    },

    async findChallenge(tx: SqlExecutor, accountId: string, challengeId: string): Promise<ChallengeRow | undefined> {
      const [row] = await tx.all(`select ${CHALLENGE_COLUMNS} from challenges where id = ? and account_id = ?`, [challengeId, accountId]);
      return row && challengeOf(row);
    },

    async setProof(tx: SqlExecutor, challengeId: string, proof: string): Promise<void> {
      await tx.run('update challenges set proof = ? where id = ?', [proof, challengeId]);
    },

    async findByHandoff(handoffHash: string): Promise<ChallengeRow | undefined> {
      const [row] = await db.all(`select ${CHALLENGE_COLUMNS} from challenges where handoff_hash = ?`, [handoffHash]);
      return row && challengeOf(row);
    },

    async approveFace(challengeId: string): Promise<void> {
      await db.run("update challenges set face_approved = 1 where id = ? and method = 'face'", [challengeId]);
    },

    async hasProof(tx: SqlExecutor, accountId: string, proof: string): Promise<boolean> {
      return (await tx.all('select 1 as one from challenges where account_id = ? and proof = ?', [accountId, proof])).length > 0;
    },

    // ---- the fake phone

    async sendSms(tx: SqlExecutor, accountId: string, message: SmsRow): Promise<void> {
      await tx.run('insert into sms_outbox (account_id, sent_to, code, sent_at) values (?, ?, ?, ?)', [
        accountId,
        message.to,
        message.code,
        message.sentAt,
      ]);
      // The oldest beyond the newest OUTBOX_KEEP go.
      await tx.run(
        `delete from sms_outbox where account_id = ? and sent_at < (
           select min(sent_at) from (select sent_at from sms_outbox where account_id = ? order by sent_at desc limit ${OUTBOX_KEEP}) newest)`,
        [accountId, accountId],
      );
    },

    async inbox(accountId: string): Promise<SmsRow[]> {
      const rows = await db.all(
        `select sent_to, code, sent_at from sms_outbox where account_id = ? order by sent_at desc limit ${OUTBOX_KEEP}`,
        [accountId],
      );
      return rows.map((row) => ({ to: str(row, 'sent_to'), code: str(row, 'code'), sentAt: numberOf(row, 'sent_at') }));
    },

    // ---- quotes

    /** A quote, kept with the cloud PC it is for (in its body: no schema change). */
    async insertQuote(accountId: string, quote: StoredQuote, now: number): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.run('insert into quotes (id, account_id, body, created_at) values (?, ?, ?, ?)', [
          quote.quoteId,
          accountId,
          JSON.stringify(quote),
          now,
        ]);
        await tx.run(
          `delete from quotes where account_id = ? and created_at < (
             select min(created_at) from (select created_at from quotes where account_id = ? order by created_at desc limit ${QUOTES_KEEP}) newest)`,
          [accountId, accountId],
        );
      });
    },

    async findQuote(tx: SqlExecutor, accountId: string, quoteId: string): Promise<StoredQuote | undefined> {
      const [row] = await tx.all('select body from quotes where id = ? and account_id = ?', [quoteId, accountId]);
      return row && (JSON.parse(str(row, 'body')) as StoredQuote);
    },

    // ---- requests

    async requestByKey(tx: SqlExecutor, accountId: string, idempotencyKey: string): Promise<RequestRow | undefined> {
      const [row] = await tx.all(`select ${REQUEST_COLUMNS} from requests where account_id = ? and idempotency_key = ?`, [
        accountId,
        idempotencyKey,
      ]);
      return row && requestOf(row);
    },

    async request(executor: SqlExecutor, accountId: string, requestId: string): Promise<RequestRow | undefined> {
      const [row] = await executor.all(`select ${REQUEST_COLUMNS} from requests where account_id = ? and id = ?`, [accountId, requestId]);
      return row && requestOf(row);
    },

    /** The account's requests, oldest first. */
    async requests(executor: SqlExecutor, accountId: string): Promise<RequestRow[]> {
      const rows = await executor.all(`select ${REQUEST_COLUMNS} from requests where account_id = ? order by submitted_at, id`, [
        accountId,
      ]);
      return rows.map(requestOf);
    },

    /** The next number of the day: unique across restarts and across instances on one database. */
    async nextRequestNumber(tx: SqlExecutor, day: string): Promise<number> {
      const [row] = await tx.all(
        `insert into request_numbers (day, last_number) values (?, 1)
         on conflict (day) do update set last_number = request_numbers.last_number + 1
         returning last_number`,
        [day],
      );
      return numberOf(row, 'last_number');
    },

    async insertRequest(tx: SqlExecutor, request: RequestRow): Promise<void> {
      await tx.run(`insert into requests (${REQUEST_COLUMNS}) values (?, ?, ?, ?, ?, ?, ?)`, [
        request.id,
        request.accountId,
        request.subscriptionId,
        request.idempotencyKey,
        request.fingerprint,
        JSON.stringify(request.quote),
        request.submittedAt,
      ]);
    },

    // ---- retention offers taken (acceptOffer)

    async agreementByKey(tx: SqlExecutor, accountId: string, idempotencyKey: string): Promise<StoredAgreement | undefined> {
      const [row] = await tx.all('select fingerprint, body from offer_agreements where account_id = ? and idempotency_key = ?', [
        accountId,
        idempotencyKey,
      ]);
      return row && { fingerprint: str(row, 'fingerprint'), agreement: JSON.parse(str(row, 'body')) as Agreement };
    },

    async insertAgreement(tx: SqlExecutor, accountId: string, idempotencyKey: string, stored: StoredAgreement, now: number): Promise<void> {
      await tx.run('insert into offer_agreements (account_id, idempotency_key, fingerprint, body, agreed_at) values (?, ?, ?, ?, ?)', [
        accountId,
        idempotencyKey,
        stored.fingerprint,
        JSON.stringify(stored.agreement),
        now,
      ]);
    },

    /** What the account agreed to, oldest first. */
    async agreements(executor: SqlExecutor, accountId: string): Promise<Agreement[]> {
      const rows = await executor.all('select body from offer_agreements where account_id = ? order by agreed_at', [accountId]);
      return rows.map((row) => JSON.parse(str(row, 'body')) as Agreement);
    },

    // ---- feedback

    /** When the account's feedback since `since` was sent, oldest first. */
    async feedbackSince(tx: SqlExecutor, accountId: string, since: number): Promise<number[]> {
      const rows = await tx.all('select created_at from feedback where account_id = ? and created_at > ? order by created_at', [
        accountId,
        since,
      ]);
      return rows.map((row) => numberOf(row, 'created_at'));
    },

    async insertFeedback(
      tx: SqlExecutor,
      accountId: string,
      feedback: { requestId?: string | undefined; rating: number; comment?: string | undefined },
      now: number,
    ): Promise<void> {
      await tx.run('insert into feedback (account_id, request_id, rating, comment, created_at) values (?, ?, ?, ?, ?)', [
        accountId,
        feedback.requestId ?? null,
        feedback.rating,
        feedback.comment ?? null,
        now,
      ]);
    },
  };
}

export type AccountStore = ReturnType<typeof createAccountStore>;

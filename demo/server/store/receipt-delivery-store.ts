/**
 * Receipts sent by SMS or e-mail (`sendReceipt`): one row per press, its key unique per account so
 * a retry answers the first delivery instead of sending again. The rows are the fake phone's and
 * mailbox's receipt messages (`/demo/inbox`) and what the per-request rate limit counts.
 */
import type { ReceiptChannel } from '../../../src/contract/index.js';
import { numberOf, type Row, type SqlExecutor } from './database.js';

/** Rows kept per account beyond the last hour: the inbox shows this many. */
export const RECEIPT_MESSAGES_KEEP = 20;
const HOUR_MS = 60 * 60 * 1000;

export interface ReceiptDeliveryRow {
  requestId: string;
  channel: ReceiptChannel;
  idempotencyKey: string;
  sentTo: string;
  /** The e-mail's subject; null for an SMS. */
  subject: string | null;
  text: string;
  sentAt: number;
}

const COLUMNS = 'request_id, channel, idempotency_key, sent_to, subject, body, sent_at';

const rowOf = (row: Row): ReceiptDeliveryRow => ({
  requestId: String(row['request_id']),
  channel: row['channel'] === 'email' ? 'email' : 'sms',
  idempotencyKey: String(row['idempotency_key']),
  sentTo: String(row['sent_to']),
  subject: row['subject'] === null || row['subject'] === undefined ? null : String(row['subject']),
  text: String(row['body']),
  sentAt: numberOf(row, 'sent_at'),
});

export const receiptDeliveryStore = {
  async byKey(tx: SqlExecutor, accountId: string, idempotencyKey: string): Promise<ReceiptDeliveryRow | undefined> {
    const [row] = await tx.all(`select ${COLUMNS} from receipt_deliveries where account_id = ? and idempotency_key = ?`, [
      accountId,
      idempotencyKey,
    ]);
    return row && rowOf(row);
  },

  /** When the request's receipt was sent since `since`, oldest first. */
  async sentSince(tx: SqlExecutor, accountId: string, requestId: string, since: number): Promise<number[]> {
    const rows = await tx.all(
      'select sent_at from receipt_deliveries where account_id = ? and request_id = ? and sent_at >= ? order by sent_at',
      [accountId, requestId, since],
    );
    return rows.map((row) => numberOf(row, 'sent_at'));
  },

  /** Stores one delivery; of the older ones, those beyond the newest few and the last hour go. */
  async insert(tx: SqlExecutor, accountId: string, delivery: ReceiptDeliveryRow): Promise<void> {
    await tx.run(`insert into receipt_deliveries (account_id, ${COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?)`, [
      accountId,
      delivery.requestId,
      delivery.channel,
      delivery.idempotencyKey,
      delivery.sentTo,
      delivery.subject,
      delivery.text,
      delivery.sentAt,
    ]);
    await tx.run(
      `delete from receipt_deliveries where account_id = ? and sent_at < ? and sent_at < (
         select min(sent_at) from (select sent_at from receipt_deliveries where account_id = ? order by sent_at desc limit ${RECEIPT_MESSAGES_KEEP}) newest)`,
      [accountId, delivery.sentAt - HOUR_MS, accountId],
    );
  },

  /** The account's receipt messages, newest first. */
  async newest(executor: SqlExecutor, accountId: string): Promise<ReceiptDeliveryRow[]> {
    const rows = await executor.all(
      `select ${COLUMNS} from receipt_deliveries where account_id = ? order by sent_at desc limit ${RECEIPT_MESSAGES_KEEP}`,
      [accountId],
    );
    return rows.map(rowOf);
  },
};

/**
 * Withdrawals (撤销退订): a request the subscriber took back before it took effect. One row per
 * request at most (its primary key), so a withdrawal happens once whatever arrives; the key the
 * widget sent is kept, unique per account, to tell a retry from another request's key.
 */
import { numberOf, type SqlExecutor } from './database.js';

export interface WithdrawalRow {
  requestId: string;
  idempotencyKey: string;
  withdrawnAt: number;
}

const rowOf = (row: Record<string, unknown>): WithdrawalRow => ({
  requestId: String(row['request_id']),
  idempotencyKey: String(row['idempotency_key']),
  withdrawnAt: numberOf(row, 'withdrawn_at'),
});

export const withdrawalStore = {
  /** When each of the account's withdrawn requests was withdrawn, by request id. */
  async withdrawnAt(executor: SqlExecutor, accountId: string): Promise<Map<string, number>> {
    const rows = await executor.all('select request_id, idempotency_key, withdrawn_at from withdrawals where account_id = ?', [accountId]);
    return new Map(rows.map((row) => [String(row['request_id']), numberOf(row, 'withdrawn_at')]));
  },

  async byKey(tx: SqlExecutor, accountId: string, idempotencyKey: string): Promise<WithdrawalRow | undefined> {
    const [row] = await tx.all(
      'select request_id, idempotency_key, withdrawn_at from withdrawals where account_id = ? and idempotency_key = ?',
      [accountId, idempotencyKey],
    );
    return row && rowOf(row);
  },

  async insert(tx: SqlExecutor, accountId: string, withdrawal: WithdrawalRow): Promise<void> {
    await tx.run('insert into withdrawals (request_id, account_id, idempotency_key, withdrawn_at) values (?, ?, ?, ?)', [
      withdrawal.requestId,
      accountId,
      withdrawal.idempotencyKey,
      withdrawal.withdrawnAt,
    ]);
  },
};

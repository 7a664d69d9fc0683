// The package on a server (Node, ES modules): the entries import without a browser, the pure
// functions and the mock work, and the standalone builds are a no-op there rather than a crash.
import assert from 'node:assert/strict';
import { createMockAdapter, estimateRefund } from 'cloudpc-unsubscribe';
import 'cloudpc-unsubscribe/react';
import 'cloudpc-unsubscribe/vue';

const standalone = await import('cloudpc-unsubscribe/standalone');
const singleFile = await import('cloudpc-unsubscribe/single-file');
assert.equal(typeof standalone.createMockAdapter, 'function', 'the standalone entry on a server exports what the package does');
assert.equal(typeof singleFile.createHttpAdapter, 'function');

const context = await createMockAdapter({ latencyMs: 0 }).loadContext({});
assert.ok(context.subscription.id, 'the mock answers on a server');
const quote = estimateRefund({
  paid: { amount: 36_500, currency: 'CNY' },
  periodStart: '2026-01-01T00:00:00+08:00',
  periodEnd: '2027-01-01T00:00:00+08:00',
  effectiveAt: '2026-07-02T00:00:00+08:00',
});
assert.ok(quote.refund.amount > 0 && quote.refund.amount < 36_500);
console.log('server.mjs: the package works in Node (ES modules)');

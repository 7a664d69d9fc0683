// The package from CommonJS: Node 20.19 and later load its ES modules with require().
const assert = require('node:assert/strict');
const { estimateRefund, TAG_NAME } = require('cloudpc-unsubscribe');
const standalone = require('cloudpc-unsubscribe/standalone');

assert.equal(TAG_NAME, 'cloudpc-unsubscribe');
assert.equal(typeof estimateRefund, 'function');
assert.equal(typeof standalone.createMockAdapter, 'function');
console.log('server.cjs: the package works in Node (CommonJS)');

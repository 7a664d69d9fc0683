// dist/openapi.json as the build writes it: an OpenAPI 3.1 document whose references all resolve,
// with the operations of the contract (the seven of the first round, taking an offer, withdrawing and sending the receipt), their parameters, bodies and error responses.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { buildChecker, root } from './support.mjs';

const ERROR_CODES = [
  'unauthenticated',
  'not-found',
  'conflict',
  'invalid-input',
  'rate-limited',
  'network',
  'timeout',
  'server',
  'invalid-response',
];
const OPERATIONS = [
  ['get', '/context', 'loadContext'],
  ['post', '/verifications', 'startVerification'],
  ['post', '/verifications/{challengeId}/check', 'verify'],
  ['get', '/refund-quote', 'quoteRefund'],
  ['post', '/requests', 'submit'],
  ['get', '/requests/{requestId}', 'getStatus'],
  ['post', '/feedback', 'sendFeedback'],
  ['post', '/offers/{offerId}/accept', 'acceptOffer'],
  ['post', '/requests/{requestId}/withdrawal', 'withdraw'],
  ['post', '/requests/{requestId}/receipt-deliveries', 'sendReceipt'],
];

let checker;
let doc;
before(async () => {
  checker = await buildChecker();
  doc = JSON.parse(readFileSync(checker.openapiPath, 'utf8'));
});
after(() => checker.cleanup());

/** Follows a local `#/a/b` reference, or returns undefined. */
function resolve(ref) {
  if (!ref.startsWith('#/')) return undefined;
  let at = doc;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof at !== 'object' || at === null || !(key in at)) return undefined;
    at = at[key];
  }
  return at;
}

const deref = (value) => (value && typeof value.$ref === 'string' ? resolve(value.$ref) : value);

function* refsIn(value, path = '') {
  if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* refsIn(item, `${path}/${i}`);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref') yield [path, item];
      else yield* refsIn(item, `${path}/${key}`);
    }
  }
}

const operation = (method, path) => doc.paths[path][method];

describe('the OpenAPI document', () => {
  test('is OpenAPI 3.1.0 with the package version', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.info.version, pkg.version);
    assert.ok(doc.info.title.length > 0 && doc.info.description.length > 0);
  });

  test('every $ref resolves', () => {
    const refs = [...refsIn(doc)];
    assert.ok(refs.length > 50);
    for (const [path, ref] of refs) assert.notEqual(resolve(ref), undefined, `${path}: ${ref} does not resolve`);
  });

  test('has every operation of the contract, each with a 2xx and the error responses', () => {
    assert.deepEqual(Object.keys(doc.paths).sort(), [...new Set(OPERATIONS.map(([, path]) => path))].sort());
    for (const [method, path, operationId] of OPERATIONS) {
      const op = operation(method, path);
      assert.equal(op.operationId, operationId);
      const statuses = Object.keys(op.responses);
      assert.ok(
        statuses.some((s) => /^2\d\d$/.test(s)),
        `${method} ${path} has no 2xx`,
      );
      for (const status of ['401', '429', '5XX']) assert.ok(statuses.includes(status), `${method} ${path} lacks ${status}`);
      for (const status of statuses.filter((s) => !s.startsWith('2'))) {
        const content = deref(op.responses[status]).content;
        assert.deepEqual(Object.keys(content), ['application/problem+json'], `${method} ${path} ${status}`);
        assert.equal(content['application/problem+json'].schema.$ref, '#/components/schemas/Problem');
      }
    }
  });

  test('every path template parameter is declared, and the query and header parameters are there', () => {
    for (const [method, path] of OPERATIONS) {
      const declared = (operation(method, path).parameters ?? []).map((p) => `${p.in}:${p.name}`);
      for (const [, name] of path.matchAll(/\{(\w+)\}/g)) assert.ok(declared.includes(`path:${name}`), `${path} does not declare ${name}`);
    }
    // Every operation also takes Accept-Language (the subscriber's language), last.
    const names = (method, path) =>
      operation(method, path)
        .parameters.map((p) => [p.in, p.name, p.required])
        .filter(([where, name]) => !(where === 'header' && name === 'Accept-Language'));
    for (const [method, path] of OPERATIONS) assert.deepEqual(operation(method, path).parameters.at(-1).name, 'Accept-Language');
    assert.deepEqual(names('get', '/refund-quote'), [
      ['query', 'subscriptionId', true],
      ['query', 'effective', true],
    ]);
    assert.deepEqual(names('get', '/context'), [['query', 'subscriptionId', false]]);
    assert.deepEqual(names('post', '/requests'), [['header', 'Idempotency-Key', true]]);
    assert.deepEqual(names('post', '/requests/{requestId}/withdrawal'), [
      ['path', 'requestId', true],
      ['header', 'Idempotency-Key', true],
    ]);
    assert.deepEqual(names('post', '/offers/{offerId}/accept'), [
      ['path', 'offerId', true],
      ['header', 'Idempotency-Key', true],
    ]);
    assert.deepEqual(operation('get', '/refund-quote').parameters[1].schema, { $ref: '#/components/schemas/Effective' });
  });

  test('bodies and answers reference the named schemas', () => {
    const schemas = doc.components.schemas;
    for (const name of ['Context', 'Challenge', 'VerifyResult', 'Quote', 'Receipt', 'Status', 'Money', 'Problem'])
      assert.ok(schemas[name], name);
    for (const name of [
      'LoadContextInput',
      'StartVerificationInput',
      'VerifyInput',
      'QuoteInput',
      'SubmitInput',
      'StatusInput',
      'FeedbackInput',
    ]) {
      assert.ok(schemas[name], name);
    }
    const answer = (method, path, status = '200') => operation(method, path).responses[status].content['application/json'].schema.$ref;
    assert.equal(answer('get', '/context'), '#/components/schemas/Context');
    assert.equal(answer('post', '/verifications'), '#/components/schemas/Challenge');
    assert.equal(answer('post', '/verifications/{challengeId}/check'), '#/components/schemas/VerifyResult');
    assert.equal(answer('get', '/refund-quote'), '#/components/schemas/Quote');
    assert.equal(answer('post', '/requests', '201'), '#/components/schemas/Receipt');
    assert.equal(answer('get', '/requests/{requestId}'), '#/components/schemas/Status');
    const body = (method, path) => operation(method, path).requestBody.content['application/json'].schema.$ref;
    assert.equal(body('post', '/feedback'), '#/components/schemas/FeedbackInput');
    assert.equal(body('post', '/requests'), '#/components/schemas/SubmitBody');
    assert.equal(body('post', '/requests/{requestId}/withdrawal'), '#/components/schemas/WithdrawBody');
    assert.equal(answer('post', '/requests/{requestId}/withdrawal', '201'), '#/components/schemas/WithdrawResult');
  });

  test('money is integer minor units, and the Problem has the nine codes', () => {
    const { Money, Problem } = doc.components.schemas;
    assert.equal(Money.properties.amount.type, 'integer');
    assert.deepEqual(Problem.required.sort(), ['code', 'status', 'title', 'type']);
    assert.deepEqual(Problem.properties.code.enum, ERROR_CODES);
    assert.deepEqual(Object.keys(Problem.properties).sort(), ['code', 'detail', 'retryAfterSeconds', 'status', 'title', 'type']);
  });

  test('a 429 carries Retry-After', () => {
    const rateLimited = doc.components.responses.RateLimited;
    assert.equal(deref(rateLimited.headers['Retry-After']).schema.type, 'integer');
    for (const [method, path] of OPERATIONS)
      assert.equal(operation(method, path).responses['429'].$ref, '#/components/responses/RateLimited');
  });

  test('the rules JSON Schema cannot express are in the descriptions', () => {
    const { Quote, Period, WorkingDayRange, DateRange } = doc.components.schemas;
    assert.match(Quote.description, /refund\.amount.*paid\.amount.*used\.amount.*penalty\.amount/);
    assert.match(Period.description, /`end` is after `start`/);
    assert.match(WorkingDayRange.description, /`min` is at most `max`/);
    assert.match(DateRange.description, /`earliest` is on or before `latest`/);
  });

  test('the Challenge names its variants by method', () => {
    const { Challenge } = doc.components.schemas;
    assert.equal(Challenge.oneOf.length, 3);
    assert.equal(Challenge.discriminator.propertyName, 'method');
    for (const ref of Object.values(Challenge.discriminator.mapping)) assert.ok(resolve(ref));
  });

  test('no component declares its own $schema or $id', () => {
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      assert.equal(schema.$schema, undefined, name);
      assert.equal(schema.$id, undefined, name);
    }
  });
});

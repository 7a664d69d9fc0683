import { expect } from '@open-wc/testing';
import { createHttpAdapter, type HttpAdapterOptions } from '../../../src/adapters/http/index.js';
import { resolveHttpOptions } from '../../../src/adapters/http/options-resolve.js';
import { BASE, fakeFetch } from './fake-fetch.js';

/** The message of the RangeError that creating an adapter with `options` throws. */
function rangeErrorOf(options: unknown): string {
  try {
    createHttpAdapter(options as HttpAdapterOptions);
  } catch (error) {
    expect(error).to.be.instanceOf(RangeError);
    return (error as RangeError).message;
  }
  throw new Error(`expected a RangeError for ${JSON.stringify(options)}`);
}

describe('createHttpAdapter: options', () => {
  it('has every method of the contract, sendFeedback included, at once', () => {
    const adapter = createHttpAdapter({ baseUrl: BASE, fetch: fakeFetch().fetch });
    for (const method of ['loadContext', 'startVerification', 'verify', 'quoteRefund', 'submit', 'getStatus', 'sendFeedback'] as const) {
      expect(adapter[method], method).to.be.a('function');
    }
  });

  it('sends nothing until a method is called', async () => {
    const { fetch, requests } = fakeFetch();
    createHttpAdapter({ baseUrl: BASE, fetch });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).to.have.length(0);
  });

  it('fills in the defaults', () => {
    const resolved = resolveHttpOptions({ baseUrl: `${BASE}/` });
    expect(resolved).to.include({
      base: BASE,
      credentials: 'same-origin',
      timeoutMs: 10000,
      deadlineMs: 15000,
      maxResponseBytes: 262144,
      retries: 2,
      retryBaseMs: 300,
      retryCapMs: 5000,
      maxRetryAfterMs: 30000,
      random: Math.random,
      fetch: undefined,
      sleep: undefined,
      headers: undefined,
    });
  });

  it('accepts the edges of every range', () => {
    expect(() =>
      createHttpAdapter({ baseUrl: BASE, retries: 0, timeoutMs: 1, retryBaseMs: 0, retryCapMs: 0, maxRetryAfterMs: 0 }),
    ).to.not.throw();
    expect(() => createHttpAdapter({ baseUrl: BASE, retries: 10, credentials: 'omit', headers: () => ({}) })).to.not.throw();
  });

  const bad: Array<[what: string, options: unknown, names: string]> = [
    ['no options', undefined, 'options'],
    ['no baseUrl', {}, 'baseUrl'],
    ['an empty baseUrl', { baseUrl: '' }, 'baseUrl'],
    ['a blank baseUrl', { baseUrl: '   ' }, 'baseUrl'],
    ['a baseUrl that is not a string', { baseUrl: 42 }, 'baseUrl'],
    ['a baseUrl that is no URL', { baseUrl: 'http://[bad' }, 'baseUrl'],
    ['an ftp baseUrl', { baseUrl: 'ftp://cloudpc.example.cn/api' }, 'baseUrl'],
    ['a javascript: baseUrl', { baseUrl: 'javascript:alert(1)' }, 'baseUrl'],
    ['a baseUrl with a query', { baseUrl: `${BASE}?tenant=1` }, 'baseUrl'],
    ['a baseUrl with a fragment', { baseUrl: `${BASE}#x` }, 'baseUrl'],
    ['timeoutMs 0', { baseUrl: BASE, timeoutMs: 0 }, 'timeoutMs'],
    ['a negative timeoutMs', { baseUrl: BASE, timeoutMs: -1 }, 'timeoutMs'],
    ['timeoutMs NaN', { baseUrl: BASE, timeoutMs: NaN }, 'timeoutMs'],
    ['timeoutMs Infinity', { baseUrl: BASE, timeoutMs: Infinity }, 'timeoutMs'],
    ['timeoutMs as a string', { baseUrl: BASE, timeoutMs: '100' }, 'timeoutMs'],
    ['negative retries', { baseUrl: BASE, retries: -1 }, 'retries'],
    ['fractional retries', { baseUrl: BASE, retries: 1.5 }, 'retries'],
    ['too many retries', { baseUrl: BASE, retries: 11 }, 'retries'],
    ['retries NaN', { baseUrl: BASE, retries: NaN }, 'retries'],
    ['a negative retryBaseMs', { baseUrl: BASE, retryBaseMs: -1 }, 'retryBaseMs'],
    ['retryCapMs NaN', { baseUrl: BASE, retryCapMs: NaN }, 'retryCapMs'],
    ['a retryCapMs beyond what a timer can wait', { baseUrl: BASE, retryCapMs: 2 ** 31 }, 'retryCapMs'],
    ['a negative maxRetryAfterMs', { baseUrl: BASE, maxRetryAfterMs: -5 }, 'maxRetryAfterMs'],
    ['unknown credentials', { baseUrl: BASE, credentials: 'always' }, 'credentials'],
    ['headers as a string', { baseUrl: BASE, headers: 'X-A: 1' }, 'headers'],
    ['headers null', { baseUrl: BASE, headers: null }, 'headers'],
    ['fetch that is not a function', { baseUrl: BASE, fetch: 'fetch' }, 'fetch'],
    ['random that is not a function', { baseUrl: BASE, random: 0.5 }, 'random'],
    ['sleep that is not a function', { baseUrl: BASE, sleep: 10 }, 'sleep'],
  ];

  for (const [what, options, name] of bad) {
    it(`throws a RangeError naming ${name} for ${what}`, () => {
      expect(rangeErrorOf(options)).to.match(new RegExp(`^createHttpAdapter: .*${name}`));
    });
  }
});

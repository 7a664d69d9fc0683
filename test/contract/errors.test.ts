import { expect } from '@open-wc/testing';
import {
  ERROR_CODES,
  UnsubscribeError,
  isErrorCode,
  isUnsubscribeError,
  toUnsubscribeError,
  type UnsubscribeErrorCode,
} from '../../src/contract/errors.js';

const RETRYABLE: UnsubscribeErrorCode[] = ['rate-limited', 'network', 'timeout', 'server'];
const NOT_RETRYABLE: UnsubscribeErrorCode[] = ['unauthenticated', 'not-found', 'conflict', 'invalid-input', 'invalid-response'];

describe('UnsubscribeError', () => {
  it('covers exactly the nine codes of the design, each either retryable or not by default', () => {
    expect([...ERROR_CODES].sort()).to.deep.equal([...RETRYABLE, ...NOT_RETRYABLE].sort());
  });

  for (const code of RETRYABLE) {
    it(`is retryable by default for ${code}`, () => {
      expect(new UnsubscribeError(code, 'x').retryable).to.equal(true);
    });
  }

  for (const code of NOT_RETRYABLE) {
    it(`is not retryable by default for ${code}`, () => {
      expect(new UnsubscribeError(code, 'x').retryable).to.equal(false);
    });
  }

  it('lets the caller say a normally retryable error is not', () => {
    expect(new UnsubscribeError('server', 'maintenance window', { retryable: false }).retryable).to.equal(false);
  });

  it('lets the caller say a normally final error is retryable', () => {
    expect(new UnsubscribeError('conflict', 'request in flight', { retryable: true }).retryable).to.equal(true);
  });

  it('is an Error with its own name, code and message', () => {
    const error = new UnsubscribeError('not-found', 'no such subscription');
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('UnsubscribeError');
    expect(error.code).to.equal('not-found');
    expect(error.message).to.equal('no such subscription');
    expect(String(error)).to.equal('UnsubscribeError: no such subscription');
  });

  it('keeps the retry delay, the path and the cause it was given', () => {
    const cause = new Error('upstream');
    const error = new UnsubscribeError('rate-limited', 'slow down', { retryAfterSeconds: 30, path: 'refund.amount', cause });
    expect(error.retryAfterSeconds).to.equal(30);
    expect(error.path).to.equal('refund.amount');
    expect(error.cause).to.equal(cause);
  });

  it('has no retry delay, path or cause properties when none were given', () => {
    const error = new UnsubscribeError('server', 'x');
    expect('retryAfterSeconds' in error).to.equal(false);
    expect('path' in error).to.equal(false);
    expect('cause' in error).to.equal(false);
  });

  it('recognises the codes and nothing else', () => {
    for (const code of ERROR_CODES) expect(isErrorCode(code), code).to.equal(true);
    for (const value of ['Conflict', 'timed-out', '', 409, null, undefined, { code: 'conflict' }]) {
      expect(isErrorCode(value), String(value)).to.equal(false);
    }
  });

  it('tells its own instances apart from look-alikes', () => {
    expect(isUnsubscribeError(new UnsubscribeError('network', 'x'))).to.equal(true);
    expect(isUnsubscribeError({ name: 'UnsubscribeError', code: 'network', retryable: true })).to.equal(false);
    expect(isUnsubscribeError(new Error('x'))).to.equal(false);
  });
});

describe('toUnsubscribeError', () => {
  it('returns an UnsubscribeError unchanged, the very same instance', () => {
    const original = new UnsubscribeError('conflict', 'already submitted', { retryable: true });
    expect(toUnsubscribeError(original, 'submit')).to.equal(original);
  });

  it('maps a plain object with a known code to that code, keeping the object as the cause', () => {
    const thrown = { code: 'conflict' };
    const error = toUnsubscribeError(thrown, 'submit');
    expect(error).to.be.instanceOf(UnsubscribeError);
    expect(error.code).to.equal('conflict');
    expect(error.retryable).to.equal(false);
    expect(error.cause).to.equal(thrown);
    expect(error.message).to.equal('submit failed: conflict');
  });

  it('rounds a fractional retry delay up to whole seconds', () => {
    const error = toUnsubscribeError({ code: 'rate-limited', retryAfterSeconds: 2.2 }, 'verify');
    expect(error.code).to.equal('rate-limited');
    expect(error.retryable).to.equal(true);
    expect(error.retryAfterSeconds).to.equal(3);
  });

  it('ignores a retry delay that is negative, not finite or not a number', () => {
    for (const retryAfterSeconds of [-1, Number.NaN, Number.POSITIVE_INFINITY, '5']) {
      const error = toUnsubscribeError({ code: 'rate-limited', retryAfterSeconds });
      expect(error.retryAfterSeconds, String(retryAfterSeconds)).to.equal(undefined);
    }
  });

  it("honours a thrown object's own retryable flag over the default", () => {
    expect(toUnsubscribeError({ code: 'server', retryable: false }).retryable).to.equal(false);
    expect(toUnsubscribeError({ code: 'not-found', retryable: true }).retryable).to.equal(true);
  });

  it("keeps a thrown object's message for developers", () => {
    expect(toUnsubscribeError({ code: 'invalid-input', message: 'comment too long' }).message).to.equal('comment too long');
  });

  it('maps an UnsubscribeError look-alike from a second copy of the package by its code', () => {
    class ForeignError extends Error {
      readonly code = 'unauthenticated';
      readonly retryable = false;
    }
    const thrown = new ForeignError('session expired');
    const error = toUnsubscribeError(thrown, 'loadContext');
    expect(error).to.be.instanceOf(UnsubscribeError);
    expect(error.code).to.equal('unauthenticated');
    expect(error.message).to.equal('session expired');
  });

  it('keeps the field path of an invalid-response look-alike from a second copy of the package', () => {
    const thrown = { name: 'UnsubscribeError', code: 'invalid-response', retryable: false, path: 'refund.amount', message: 'bad refund' };
    const error = toUnsubscribeError(thrown, 'quoteRefund');
    expect(error.code).to.equal('invalid-response');
    expect(error.path).to.equal('refund.amount');
    expect(error.retryable).to.equal(false);
  });

  it('maps an object with an unknown code to server', () => {
    const thrown = { code: 'ECONNRESET', message: 'socket hang up' };
    const error = toUnsubscribeError(thrown, 'getStatus');
    expect(error.code).to.equal('server');
    expect(error.retryable).to.equal(true);
    expect(error.cause).to.equal(thrown);
  });

  it('maps a TimeoutError DOMException (AbortSignal.timeout) to timeout', () => {
    const thrown = new DOMException('x', 'TimeoutError');
    const error = toUnsubscribeError(thrown, 'quoteRefund');
    expect(error.code).to.equal('timeout');
    expect(error.retryable).to.equal(true);
    expect(error.cause).to.equal(thrown);
    expect(error.message).to.contain('quoteRefund');
  });

  it('maps an AbortError DOMException to network', () => {
    const error = toUnsubscribeError(new DOMException('x', 'AbortError'), 'getStatus');
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
  });

  it('maps the reason of a real aborted signal and of a real timed-out signal', async () => {
    expect(toUnsubscribeError(AbortSignal.abort().reason).code).to.equal('network');
    const signal = AbortSignal.timeout(1);
    await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    expect(toUnsubscribeError(signal.reason).code).to.equal('timeout');
  });

  it('maps a TypeError that is a bug in the adapter to a server error that retrying will not mend', () => {
    const error = toUnsubscribeError(new TypeError('adapter.loadContext is not a function'), 'loadContext');
    expect(error.code).to.equal('server');
    expect(error.retryable).to.equal(false);
  });

  it("maps fetch's TypeError: Failed to fetch to network", () => {
    const error = toUnsubscribeError(new TypeError('Failed to fetch'), 'loadContext');
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
    expect(error.message).to.contain('loadContext');
  });

  it('maps a real failed fetch to network', async () => {
    let thrown: unknown;
    try {
      await fetch('http://127.0.0.1:9/unreachable');
    } catch (error) {
      thrown = error;
    }
    expect(toUnsubscribeError(thrown).code).to.equal('network');
  });

  it('maps a thrown string to server, keeping the string only as the cause', () => {
    const error = toUnsubscribeError('<b>500 Internal Server Error</b>', 'submit');
    expect(error.code).to.equal('server');
    expect(error.retryable).to.equal(true);
    expect(error.cause).to.equal('<b>500 Internal Server Error</b>');
    expect(error.message).to.equal('submit failed unexpectedly');
  });

  it('maps null and undefined to server', () => {
    for (const thrown of [null, undefined]) {
      const error = toUnsubscribeError(thrown);
      expect(error, String(thrown)).to.be.instanceOf(UnsubscribeError);
      expect(error.code).to.equal('server');
    }
  });

  it('maps a plain Error without a code, and a number, to server', () => {
    expect(toUnsubscribeError(new Error('boom')).code).to.equal('server');
    expect(toUnsubscribeError(42).code).to.equal('server');
  });

  it('names a generic operation when none is given', () => {
    expect(toUnsubscribeError('x').message).to.equal('adapter call failed unexpectedly');
  });
});

import { expect } from '@open-wc/testing';
import type { AdapterMethod, CallOptions, UnsubscribeAdapter } from '../../src/contract/adapter.js';
import { UnsubscribeError } from '../../src/contract/errors.js';
import { formatIssuePath, parseResponse, withValidation } from '../../src/contract/validated-adapter.js';
import { moneySchema } from '../../src/contract/schemas.js';
import {
  validContext,
  validFaceChallenge,
  validAcceptOfferInput,
  validFeedbackInput,
  validLoadContextInput,
  validQuestionsChallenge,
  validQuote,
  validQuoteInput,
  validReceipt,
  validSmsChallenge,
  validStartVerificationInput,
  validStatus,
  validStatusInput,
  validSubmitInput,
  validVerifyFail,
  validVerifyInput,
  validVerifyOk,
  validWithdrawInput,
  validWithdrawResult,
  validReceiptDelivery,
  validSendReceiptInput,
} from './fixtures.js';
import { withValueAt } from './paths.js';

type Responder = (input: unknown, options?: CallOptions) => unknown;
type RequiredMethod = Exclude<AdapterMethod, 'sendFeedback' | 'acceptOffer' | 'withdraw' | 'sendReceipt'>;

interface Call {
  method: AdapterMethod;
  input: unknown;
  options: CallOptions | undefined;
  argumentCount: number;
}

const REQUIRED_METHODS: RequiredMethod[] = ['loadContext', 'startVerification', 'verify', 'quoteRefund', 'submit', 'getStatus'];

const goodResponses: Record<RequiredMethod, () => unknown> = {
  loadContext: () => validContext(),
  startVerification: () => validSmsChallenge(),
  verify: () => validVerifyOk(),
  quoteRefund: () => validQuote(),
  submit: () => validReceipt(),
  getStatus: () => validStatus(),
};

const goodInputs: Record<AdapterMethod, () => unknown> = {
  loadContext: () => validLoadContextInput(),
  startVerification: () => validStartVerificationInput(),
  verify: () => validVerifyInput(),
  quoteRefund: () => validQuoteInput(),
  submit: () => validSubmitInput(),
  getStatus: () => validStatusInput(),
  sendFeedback: () => validFeedbackInput(),
  acceptOffer: () => validAcceptOfferInput(),
  withdraw: () => validWithdrawInput(),
  sendReceipt: () => validSendReceiptInput(),
};

/**
 * An adapter whose methods answer with the fixtures (or with what `responders` say), recording
 * every call. A responder may throw or return anything at all: the point is what the wrapper does
 * with it.
 */
function fakeAdapter(responders: Partial<Record<AdapterMethod, Responder>> = {}, { feedback = true } = {}) {
  const calls: Call[] = [];
  const adapter: Record<string, unknown> = {};
  const methods: AdapterMethod[] = feedback ? [...REQUIRED_METHODS, 'sendFeedback'] : REQUIRED_METHODS;
  for (const method of methods) {
    adapter[method] = async (...args: [unknown, CallOptions?]) => {
      calls.push({ method, input: args[0], options: args[1], argumentCount: args.length });
      const respond = responders[method] ?? (method === 'sendFeedback' ? () => undefined : goodResponses[method as RequiredMethod]);
      return respond(args[0], args[1]);
    };
  }
  return { adapter: adapter as unknown as UnsubscribeAdapter, calls };
}

/** Calls `method` on the adapter with a valid input, whatever the method's own input type. */
function invoke(adapter: UnsubscribeAdapter, method: AdapterMethod, options?: CallOptions): Promise<unknown> {
  const fn = adapter[method] as ((input: unknown, options?: CallOptions) => Promise<unknown>) | undefined;
  if (!fn) throw new Error(`the adapter has no ${method}`);
  return fn.call(adapter, goodInputs[method](), options);
}

async function rejection(promise: Promise<unknown>): Promise<UnsubscribeError> {
  try {
    await promise;
  } catch (error) {
    expect(error, `rejected with ${String(error)}`).to.be.instanceOf(UnsubscribeError);
    return error as UnsubscribeError;
  }
  throw new Error('expected the call to reject, but it resolved');
}

describe('withValidation', () => {
  describe('good values', () => {
    for (const method of REQUIRED_METHODS) {
      it(`resolves ${method} with the value the adapter gave`, async () => {
        const { adapter } = fakeAdapter();
        expect(await invoke(withValidation(adapter), method)).to.deep.equal(goodResponses[method]());
      });
    }

    it('passes every challenge kind and both verify outcomes through', async () => {
      for (const challenge of [validSmsChallenge(), validFaceChallenge(), validQuestionsChallenge()]) {
        const { adapter } = fakeAdapter({ startVerification: () => challenge });
        expect(await withValidation(adapter).startVerification(validStartVerificationInput({ method: challenge.method }))).to.deep.equal(
          challenge,
        );
      }
      for (const outcome of [validVerifyOk(), validVerifyFail({ reason: 'locked', attemptsLeft: 0, retryAfterSeconds: 600 })]) {
        const { adapter } = fakeAdapter({ verify: () => outcome });
        expect(await withValidation(adapter).verify(validVerifyInput())).to.deep.equal(outcome);
      }
    });

    it('tolerates fields it does not know, so a newer back end does not break an older widget', async () => {
      const { adapter } = fakeAdapter({ getStatus: () => ({ ...validStatus(), operatorTicket: 'GD-99812' }) });
      const status = await withValidation(adapter).getStatus(validStatusInput());
      expect(status.requestId).to.equal(validStatus().requestId);
    });

    it('accepts methods that answer synchronously', async () => {
      const adapter = { ...fakeAdapter().adapter, loadContext: () => validContext() } as unknown as UnsubscribeAdapter;
      expect(await withValidation(adapter).loadContext({})).to.deep.equal(validContext());
    });

    it('calls methods on the adapter itself, so a class-based adapter can use this', async () => {
      class ClassAdapter implements UnsubscribeAdapter {
        private readonly receipt = validReceipt();
        readonly feedback: unknown[] = [];
        async loadContext() {
          return validContext();
        }
        async startVerification() {
          return validSmsChallenge();
        }
        async verify() {
          return validVerifyOk();
        }
        async quoteRefund() {
          return validQuote();
        }
        async submit() {
          return this.receipt;
        }
        async getStatus() {
          return validStatus({ requestId: this.receipt.requestId });
        }
        async sendFeedback(input: unknown) {
          this.feedback.push(input);
        }
      }
      const inner = new ClassAdapter();
      const wrapped = withValidation(inner);
      expect(await wrapped.submit(validSubmitInput())).to.deep.equal(validReceipt());
      expect((await wrapped.getStatus(validStatusInput())).requestId).to.equal(validReceipt().requestId);
      await wrapped.sendFeedback?.(validFeedbackInput());
      expect(inner.feedback).to.deep.equal([validFeedbackInput()]);
    });
  });

  describe('sendFeedback, which is optional', () => {
    it('resolves with nothing when the adapter has none (the page still hears the feedback)', async () => {
      const { adapter, calls } = fakeAdapter({}, { feedback: false });
      expect(await withValidation(adapter).sendFeedback(validFeedbackInput())).to.equal(undefined);
      expect(calls).to.have.length(0);
    });

    it('uses a method the adapter gains after it was given to the widget', async () => {
      const { adapter } = fakeAdapter({}, { feedback: false });
      const wrapped = withValidation(adapter);
      const received: unknown[] = [];
      (adapter as { sendFeedback?: (input: unknown) => Promise<void> }).sendFeedback = async (input) => void received.push(input);
      await wrapped.sendFeedback(validFeedbackInput());
      expect(received).to.deep.equal([validFeedbackInput()]);
    });

    it('is called with the input and the options when the adapter has it', async () => {
      const { adapter, calls } = fakeAdapter();
      const input = validFeedbackInput({ rating: 5 });
      const options = { signal: new AbortController().signal };
      const result = await withValidation(adapter).sendFeedback?.(input, options);
      expect(result).to.equal(undefined);
      expect(calls).to.have.length(1);
      expect(calls[0]?.method).to.equal('sendFeedback');
      expect(calls[0]?.input).to.equal(input);
      expect(calls[0]?.options).to.equal(options);
    });

    it('resolves with nothing whatever the adapter resolved with', async () => {
      const { adapter } = fakeAdapter({ sendFeedback: () => ({ thanks: true }) });
      expect(await withValidation(adapter).sendFeedback?.(validFeedbackInput())).to.equal(undefined);
    });

    it('maps a rejected feedback call like any other', async () => {
      const { adapter } = fakeAdapter({
        sendFeedback: () => {
          throw { code: 'rate-limited', retryAfterSeconds: 10 };
        },
      });
      const error = await rejection(withValidation(adapter).sendFeedback!(validFeedbackInput()));
      expect(error.code).to.equal('rate-limited');
      expect(error.retryAfterSeconds).to.equal(10);
      expect(error.message).to.contain('sendFeedback');
    });
  });

  describe('withdraw, which is optional', () => {
    it('resolves with nothing when the adapter has none, and calls nothing', async () => {
      const { adapter, calls } = fakeAdapter();
      expect(await withValidation(adapter).withdraw(validWithdrawInput())).to.equal(undefined);
      expect(calls).to.have.length(0);
    });

    it('passes the input and the options on, and resolves what the adapter answered once it passes its schema', async () => {
      const { adapter, calls } = fakeAdapter();
      (adapter as { withdraw?: unknown }).withdraw = async (input: unknown, options?: CallOptions) => {
        calls.push({ method: 'withdraw', input, options, argumentCount: 2 });
        return validWithdrawResult();
      };
      const input = validWithdrawInput();
      const options = { signal: new AbortController().signal };
      expect(await withValidation(adapter).withdraw(input, options)).to.deep.equal(validWithdrawResult());
      expect(calls[0]?.input).to.equal(input);
      expect(calls[0]?.options).to.equal(options);
    });

    it('turns an answer that is not a withdrawal into invalid-response naming the field', async () => {
      const { adapter } = fakeAdapter();
      (adapter as { withdraw?: unknown }).withdraw = async () => ({ ...validWithdrawResult(), status: 'completed' });
      const error = await rejection(withValidation(adapter).withdraw(validWithdrawInput()));
      expect(error.code).to.equal('invalid-response');
      expect(error.message).to.contain('status');
    });
  });

  describe('sendReceipt, which is optional', () => {
    it('rejects as a server error that is not retried when the adapter has none, and calls nothing', async () => {
      const { adapter, calls } = fakeAdapter();
      const error = await rejection(withValidation(adapter).sendReceipt(validSendReceiptInput()));
      expect(error.code).to.equal('server');
      expect(error.retryable).to.equal(false);
      expect(calls).to.have.length(0);
    });

    it('passes the input and the options on, and resolves where the receipt went once it passes its schema', async () => {
      const { adapter, calls } = fakeAdapter();
      (adapter as { sendReceipt?: unknown }).sendReceipt = async (input: unknown, options?: CallOptions) => {
        calls.push({ method: 'sendReceipt', input, options, argumentCount: 2 });
        return validReceiptDelivery();
      };
      const input = validSendReceiptInput();
      const options = { signal: new AbortController().signal };
      expect(await withValidation(adapter).sendReceipt(input, options)).to.deep.equal(validReceiptDelivery());
      expect(calls[0]?.input).to.equal(input);
      expect(calls[0]?.options).to.equal(options);
    });

    it('turns an answer without a destination into invalid-response naming the field', async () => {
      const { adapter } = fakeAdapter();
      (adapter as { sendReceipt?: unknown }).sendReceipt = async () => ({ ...validReceiptDelivery(), sentTo: '' });
      const error = await rejection(withValidation(adapter).sendReceipt(validSendReceiptInput()));
      expect(error.code).to.equal('invalid-response');
      expect(error.message).to.contain('sentTo');
    });
  });

  describe('values that fail their schema', () => {
    const cases: [method: RequiredMethod, value: () => unknown, path: string][] = [
      ['loadContext', () => withValueAt(validContext(), 'subscription.price.amount', 12.5), 'subscription.price.amount'],
      ['loadContext', () => withValueAt(validContext(), 'terms.effectiveOptions', []), 'terms.effectiveOptions'],
      ['startVerification', () => withValueAt(validQuestionsChallenge(), 'questions[0].prompt', ''), 'questions[0].prompt'],
      ['startVerification', () => validSmsChallenge({ codeLength: 12 }), 'codeLength'],
      ['verify', () => ({ ok: true }), 'proof'],
      ['quoteRefund', () => withValueAt(validQuote(), 'refund.amount', 9900), 'refund.amount'],
      ['quoteRefund', () => withValueAt(validQuote(), 'refund.currency', 'usd'), 'refund.currency'],
      ['submit', () => validReceipt({ submittedAt: '2026-03-12T10:15:42' }), 'submittedAt'],
      ['getStatus', () => withValueAt(validStatus(), 'refund.amount.amount', -3000), 'refund.amount.amount'],
      ['getStatus', () => withValueAt(validStatus(), 'refund.expectedBy.earliest', '2026-02-30'), 'refund.expectedBy.earliest'],
    ];

    for (const [method, value, path] of cases) {
      it(`rejects ${method} with invalid-response naming ${path}`, async () => {
        const { adapter } = fakeAdapter({ [method]: value });
        const error = await rejection(invoke(withValidation(adapter), method));
        expect(error.code).to.equal('invalid-response');
        expect(error.retryable).to.equal(false);
        expect(error.path).to.equal(path);
        expect(error.message).to.contain(method);
        expect(error.message).to.contain(path);
      });
    }

    it('keeps the zod error as the cause for developers', async () => {
      const { adapter } = fakeAdapter({ quoteRefund: () => validQuote({ refund: { amount: 3000.5, currency: 'CNY' } }) });
      const error = await rejection(withValidation(adapter).quoteRefund(validQuoteInput()));
      expect(error.cause).to.be.an('error');
      expect((error.cause as { issues?: unknown[] }).issues).to.be.an('array').that.is.not.empty;
    });

    for (const method of REQUIRED_METHODS) {
      for (const [label, value] of [
        ['undefined', undefined],
        ['null', null],
        ['a string', '<html>502 Bad Gateway</html>'],
        ['an array', [goodResponses[method]()]],
        ['a number', 200],
      ] as const) {
        it(`rejects ${method} resolving ${label} with invalid-response at the root, never a TypeError`, async () => {
          const { adapter } = fakeAdapter({ [method]: () => value });
          const error = await rejection(invoke(withValidation(adapter), method));
          expect(error.code).to.equal('invalid-response');
          expect(error.retryable).to.equal(false);
          expect(error.path).to.equal('(root)');
          expect(error.message).to.contain(method);
        });
      }
    }

    it('rejects an object missing its discriminator with a path naming it', async () => {
      const { adapter } = fakeAdapter({ startVerification: () => ({ challengeId: 'ch-1', maskedPhone: '138****5678' }) });
      const error = await rejection(withValidation(adapter).startVerification(validStartVerificationInput()));
      expect(error.code).to.equal('invalid-response');
      expect(error.path).to.equal('method');
    });
  });

  describe('errors the adapter throws', () => {
    const thrownCases: [label: string, make: () => unknown, code: string, retryable: boolean][] = [
      ['an object with code conflict', () => ({ code: 'conflict' }), 'conflict', false],
      ['an object with code unauthenticated', () => ({ code: 'unauthenticated' }), 'unauthenticated', false],
      ['an object with an unknown code', () => ({ code: 'E_QUOTA' }), 'server', true],
      ['a TimeoutError DOMException', () => new DOMException('x', 'TimeoutError'), 'timeout', true],
      ['an AbortError DOMException', () => new DOMException('x', 'AbortError'), 'network', true],
      ['TypeError: Failed to fetch', () => new TypeError('Failed to fetch'), 'network', true],
      ['a string', () => 'oops', 'server', true],
      ['null', () => null, 'server', true],
      ['undefined', () => undefined, 'server', true],
    ];

    for (const [label, make, code, retryable] of thrownCases) {
      it(`turns ${label} into an UnsubscribeError with code ${code}`, async () => {
        const { adapter } = fakeAdapter({
          quoteRefund: () => {
            throw make();
          },
        });
        const error = await rejection(withValidation(adapter).quoteRefund(validQuoteInput()));
        expect(error.code).to.equal(code);
        expect(error.retryable).to.equal(retryable);
        expect(error.message).to.contain('quoteRefund');
      });
    }

    for (const method of REQUIRED_METHODS) {
      it(`maps a rejection from ${method} and names the method`, async () => {
        const { adapter } = fakeAdapter({
          [method]: () => {
            throw 'boom';
          },
        });
        const error = await rejection(invoke(withValidation(adapter), method));
        expect(error.code).to.equal('server');
        expect(error.message).to.contain(method);
      });
    }

    it('passes an UnsubscribeError through as the very same instance', async () => {
      const original = new UnsubscribeError('conflict', 'already unsubscribing', { retryable: false });
      const { adapter } = fakeAdapter({
        submit: () => {
          throw original;
        },
      });
      expect(await rejection(withValidation(adapter).submit(validSubmitInput()))).to.equal(original);
    });

    it('keeps the retry delay of a rate-limited rejection, rounded up', async () => {
      const { adapter } = fakeAdapter({
        verify: () => {
          throw { code: 'rate-limited', retryAfterSeconds: 2.2 };
        },
      });
      const error = await rejection(withValidation(adapter).verify(validVerifyInput()));
      expect(error.code).to.equal('rate-limited');
      expect(error.retryAfterSeconds).to.equal(3);
    });

    it('rejects rather than throwing when a method throws synchronously', async () => {
      const adapter = {
        ...fakeAdapter().adapter,
        getStatus: () => {
          throw new DOMException('x', 'TimeoutError');
        },
      } as unknown as UnsubscribeAdapter;
      const pending = withValidation(adapter).getStatus(validStatusInput());
      expect(pending).to.be.instanceOf(Promise);
      expect((await rejection(pending)).code).to.equal('timeout');
    });

    it('maps the reason of the signal the widget aborted', async () => {
      const controller = new AbortController();
      const { adapter } = fakeAdapter({
        loadContext: (_input, options) =>
          new Promise((_resolve, reject) =>
            options?.signal?.addEventListener('abort', () => reject(options.signal?.reason), { once: true }),
          ),
      });
      const pending = withValidation(adapter).loadContext({}, { signal: controller.signal });
      controller.abort();
      const error = await rejection(pending);
      expect(error.code).to.equal('network');
    });
  });

  describe('what reaches the inner adapter', () => {
    for (const method of [...REQUIRED_METHODS, 'sendFeedback'] as const) {
      it(`passes ${method} the same input and the same options object, signal included`, async () => {
        const { adapter, calls } = fakeAdapter();
        const controller = new AbortController();
        const options: CallOptions = { signal: controller.signal };
        const wrapped = withValidation(adapter);
        const fn = wrapped[method] as (input: unknown, options?: CallOptions) => Promise<unknown>;
        const input = goodInputs[method]();
        await fn(input, options);
        expect(calls).to.have.length(1);
        expect(calls[0]?.method).to.equal(method);
        expect(calls[0]?.input).to.equal(input);
        expect(calls[0]?.options).to.equal(options);
        expect(calls[0]?.options?.signal).to.equal(controller.signal);
      });
    }

    it('passes no options when the caller gave none', async () => {
      const { adapter, calls } = fakeAdapter();
      await withValidation(adapter).loadContext({});
      expect(calls[0]?.options).to.equal(undefined);
    });

    it('calls the inner adapter once per call, never retrying on its own', async () => {
      const { adapter, calls } = fakeAdapter({
        submit: () => {
          throw { code: 'network' };
        },
      });
      await rejection(withValidation(adapter).submit(validSubmitInput()));
      expect(calls.filter((c) => c.method === 'submit')).to.have.length(1);
    });
  });

  describe('wrapping', () => {
    it('returns a new object rather than changing the adapter it was given', () => {
      const { adapter } = fakeAdapter();
      const before = { ...adapter };
      const wrapped = withValidation(adapter);
      expect(wrapped).to.not.equal(adapter);
      expect({ ...adapter }).to.deep.equal(before);
    });

    it('returns the same wrapper when given a wrapper', () => {
      const { adapter } = fakeAdapter();
      const once = withValidation(adapter);
      expect(withValidation(once)).to.equal(once);
      expect(withValidation(withValidation(once))).to.equal(once);
    });

    it('validates only once when wrapped twice', async () => {
      const { adapter, calls } = fakeAdapter();
      const twice = withValidation(withValidation(adapter));
      expect(await twice.quoteRefund(validQuoteInput())).to.deep.equal(validQuote());
      expect(calls).to.have.length(1);
    });
  });
});

describe('parseResponse and formatIssuePath', () => {
  it('formats nested keys with dots and array indexes with brackets', () => {
    expect(formatIssuePath(['questions', 0, 'prompt'])).to.equal('questions[0].prompt');
    expect(formatIssuePath(['refund', 'amount'])).to.equal('refund.amount');
    expect(formatIssuePath([0, 'id'])).to.equal('[0].id');
  });

  it('calls an empty path the root', () => {
    expect(formatIssuePath([])).to.equal('(root)');
  });

  it('returns the parsed value when it is valid', () => {
    expect(parseResponse(moneySchema, { amount: 4900, currency: 'CNY' }, 'test')).to.deep.equal({ amount: 4900, currency: 'CNY' });
  });

  it('throws invalid-response naming the operation and the field', () => {
    let thrown: unknown;
    try {
      parseResponse(moneySchema, { amount: 49.0001, currency: 'CNY' }, 'conformance check');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(UnsubscribeError);
    const error = thrown as UnsubscribeError;
    expect(error.code).to.equal('invalid-response');
    expect(error.path).to.equal('amount');
    expect(error.message).to.match(/^conformance check returned an invalid value at amount: /);
  });
});

import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import {
  calendarDateSchema,
  challengeSchema,
  contextSchema,
  dateTimeSchema,
  faceChallengeSchema,
  feedbackInputSchema,
  loadContextInputSchema,
  moneySchema,
  quoteInputSchema,
  quoteSchema,
  receiptSchema,
  securityQuestionsChallengeSchema,
  smsChallengeSchema,
  startVerificationInputSchema,
  statusInputSchema,
  statusSchema,
  submitInputSchema,
  verifyInputSchema,
  verifyResultSchema,
} from '../../src/contract/schemas.js';
import { formatIssuePath } from '../../src/contract/validated-adapter.js';
import {
  cny,
  validContext,
  validFaceChallenge,
  validFeedbackInput,
  validLoadContextInput,
  validQuestionsChallenge,
  validQuote,
  validQuoteInput,
  validReceipt,
  validRefundTracking,
  validSmsChallenge,
  validStartVerificationInput,
  validStatus,
  validStatusInput,
  validSubmitInput,
  validVerifyFail,
  validVerifyInput,
  validVerifyOk,
} from './fixtures.js';
import { withValueAt, withoutValueAt } from './paths.js';

/** The path of the first problem zod finds, in `formatIssuePath` notation, or `null` when the value passes. */
function firstIssuePath(schema: z.ZodMiniType, value: unknown): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  return formatIssuePath(result.error.issues[0]?.path ?? []);
}

function issueMessages(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

function expectAccepted(schema: z.ZodMiniType, value: unknown): void {
  const result = schema.safeParse(value);
  expect(result.success, result.success ? '' : JSON.stringify(result.error.issues)).to.equal(true);
}

function expectRejectedAt(schema: z.ZodMiniType, value: unknown, path: string): void {
  expect(firstIssuePath(schema, value)).to.equal(path);
}

function withoutOffset(dateTime: unknown): string {
  if (typeof dateTime !== 'string') throw new Error('not a date-time');
  return dateTime.replace(/(Z|[+-]\d\d:\d\d)$/, '');
}

function fieldAt(value: unknown, path: string): unknown {
  let node: unknown = value;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return node;
}

interface ResponseSpec {
  name: string;
  schema: z.ZodMiniType;
  good: () => unknown;
  /** Paths of money objects. */
  money?: string[];
  required: string[];
  /** Each an enum (or discriminator) field and a value it must not take. */
  enums?: [path: string, bad: string][];
  dateTimes?: string[];
  dates?: string[];
  ids?: string[];
}

const responseSpecs: ResponseSpec[] = [
  {
    name: 'context',
    schema: contextSchema,
    good: () => validContext(),
    money: ['subscription.price', 'terms.penalty'],
    required: [
      'account',
      'account.id',
      'account.displayName',
      'subscription',
      'subscription.id',
      'subscription.productName',
      'subscription.planName',
      'subscription.status',
      'subscription.billingCycle',
      'subscription.currentPeriod',
      'subscription.currentPeriod.end',
      'subscription.price',
      'terms',
      'terms.title',
      'terms.url',
      'terms.version',
      'terms.highlights',
      'terms.refundMethod',
      'terms.effectiveOptions',
      'reasons[0].label',
      'verificationMethods',
      'support',
    ],
    enums: [
      ['subscription.status', 'canceled'],
      ['subscription.billingCycle', 'week'],
      ['terms.effectiveOptions[1]', 'next-month'],
      ['verificationMethods[0]', 'password'],
    ],
    dateTimes: ['subscription.currentPeriod.start', 'subscription.currentPeriod.end'],
    ids: ['account.id', 'subscription.id', 'reasons[0].id'],
  },
  {
    name: 'sms challenge',
    schema: challengeSchema,
    good: () => validSmsChallenge(),
    required: ['challengeId', 'method', 'maskedPhone', 'codeLength', 'resendAfterSeconds', 'expiresInSeconds'],
    enums: [['method', 'email']],
    ids: ['challengeId'],
  },
  {
    name: 'face challenge',
    schema: challengeSchema,
    good: () => validFaceChallenge(),
    required: ['challengeId', 'method', 'handoffUrl', 'pollAfterSeconds'],
    enums: [['method', 'fingerprint']],
    ids: ['challengeId'],
  },
  {
    name: 'security-questions challenge',
    schema: challengeSchema,
    good: () => validQuestionsChallenge(),
    required: ['challengeId', 'method', 'questions', 'questions[0].id', 'questions[1].prompt'],
    enums: [['method', 'security_questions']],
    ids: ['challengeId', 'questions[0].id'],
  },
  {
    name: 'verify result (ok)',
    schema: verifyResultSchema,
    good: () => validVerifyOk(),
    required: ['ok', 'proof'],
    enums: [['ok', 'true']],
    ids: ['proof'],
  },
  {
    name: 'verify result (failed)',
    schema: verifyResultSchema,
    good: () => validVerifyFail(),
    required: ['ok', 'reason'],
    enums: [['reason', 'blocked']],
  },
  {
    name: 'quote',
    schema: quoteSchema,
    good: () => validQuote(),
    money: ['paid', 'used', 'penalty', 'refund'],
    required: [
      'quoteId',
      'effective',
      'effectiveAt',
      'paid',
      'used',
      'penalty',
      'refund',
      'method',
      'arrivalWorkingDays',
      'arrivalWorkingDays.min',
    ],
    enums: [['effective', 'tomorrow']],
    dateTimes: ['effectiveAt'],
    ids: ['quoteId'],
  },
  {
    name: 'receipt',
    schema: receiptSchema,
    good: () => validReceipt(),
    required: ['requestId', 'status', 'submittedAt', 'expectedDoneBy'],
    enums: [['status', 'pending']],
    dateTimes: ['submittedAt', 'expectedDoneBy'],
    ids: ['requestId'],
  },
  {
    name: 'status with refund',
    schema: statusSchema,
    good: () => validStatus(),
    money: ['refund.amount'],
    required: ['requestId', 'status', 'updatedAt', 'refund.status', 'refund.amount', 'refund.expectedBy.earliest'],
    enums: [
      ['status', 'done'],
      ['refund.status', 'refunded'],
    ],
    dateTimes: ['updatedAt'],
    dates: ['refund.expectedBy.earliest', 'refund.expectedBy.latest'],
    ids: ['requestId'],
  },
];

describe('contract schemas', () => {
  describe('every response schema', () => {
    for (const spec of responseSpecs) {
      describe(`the ${spec.name}`, () => {
        it('accepts the fully valid fixture', () => {
          expectAccepted(spec.schema, spec.good());
        });

        for (const path of spec.money ?? []) {
          it(`rejects a float amount (12.5) at ${path}.amount`, () => {
            expectRejectedAt(spec.schema, withValueAt(spec.good(), `${path}.amount`, 12.5), `${path}.amount`);
          });
          it(`rejects a negative amount at ${path}.amount`, () => {
            expectRejectedAt(spec.schema, withValueAt(spec.good(), `${path}.amount`, -100), `${path}.amount`);
          });
          it(`rejects a lowercase currency at ${path}.currency`, () => {
            expectRejectedAt(spec.schema, withValueAt(spec.good(), `${path}.currency`, 'cny'), `${path}.currency`);
          });
        }

        for (const path of spec.required) {
          it(`rejects the value when ${path} is missing`, () => {
            expectRejectedAt(spec.schema, withoutValueAt(spec.good(), path), path);
          });
        }

        for (const [path, bad] of spec.enums ?? []) {
          it(`rejects '${bad}' as ${path}`, () => {
            expectRejectedAt(spec.schema, withValueAt(spec.good(), path, bad), path);
          });
        }

        for (const path of spec.dateTimes ?? []) {
          it(`rejects a date-time without an offset at ${path}`, () => {
            const good = spec.good();
            expectRejectedAt(spec.schema, withValueAt(good, path, withoutOffset(fieldAt(good, path))), path);
          });
          it(`rejects an impossible date-time (30 February) at ${path}`, () => {
            expectRejectedAt(spec.schema, withValueAt(spec.good(), path, '2026-02-30T10:00:00+08:00'), path);
          });
        }

        for (const path of spec.dates ?? []) {
          it(`rejects an impossible calendar date (2026-02-30) at ${path}`, () => {
            expectRejectedAt(spec.schema, withValueAt(spec.good(), path, '2026-02-30'), path);
          });
          it(`rejects a date-time where the calendar date ${path} belongs`, () => {
            expectRejectedAt(spec.schema, withValueAt(spec.good(), path, '2026-03-17T00:00:00+08:00'), path);
          });
        }

        for (const path of spec.ids ?? []) {
          it(`rejects an empty string as ${path}`, () => {
            expectRejectedAt(spec.schema, withValueAt(spec.good(), path, ''), path);
          });
        }
      });
    }
  });

  describe('the building blocks', () => {
    it('accepts zero fen and large whole amounts as money', () => {
      expectAccepted(moneySchema, cny(0));
      expectAccepted(moneySchema, cny(1_999_900));
    });

    it('rejects money given as a string, NaN, Infinity or an unsafe integer', () => {
      for (const amount of ['49.00', Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2]) {
        expectRejectedAt(moneySchema, { amount, currency: 'CNY' }, 'amount');
      }
    });

    it('rejects currencies that are not three capital letters', () => {
      for (const currency of ['CN', 'CNYY', '¥', 'Cny', '']) {
        expectRejectedAt(moneySchema, { amount: 100, currency }, 'currency');
      }
    });

    it('accepts date-times with +08:00, Z and fractional seconds', () => {
      for (const value of ['2026-03-12T10:15:00+08:00', '2026-03-12T02:15:00Z', '2026-03-12T10:15:00.250+08:00']) {
        expectAccepted(dateTimeSchema, value);
      }
    });

    it('rejects a date-time without an offset, a bare date and an impossible time', () => {
      for (const value of ['2026-03-12T10:15:00', '2026-03-12', '2026-03-12T24:00:00+08:00', '2026-03-12 10:15:00+08:00']) {
        expect(dateTimeSchema.safeParse(value).success, value).to.equal(false);
      }
    });

    it('accepts 29 February only in a leap year', () => {
      expectAccepted(calendarDateSchema, '2028-02-29');
      expect(calendarDateSchema.safeParse('2026-02-29').success).to.equal(false);
    });

    it('rejects calendar dates without zero padding or with an impossible month', () => {
      for (const value of ['2026-3-17', '2026-13-01', '2026-04-31', '20260317']) {
        expect(calendarDateSchema.safeParse(value).success, value).to.equal(false);
      }
    });
  });

  describe('optional parts', () => {
    it('accepts a context with only its required fields', () => {
      const context = validContext({ support: {} });
      delete context.reasons;
      delete context.account.maskedPhone;
      delete context.terms.penalty;
      delete context.terms.dataRetentionDays;
      expectAccepted(contextSchema, context);
    });

    it('accepts a context that points at a request already pending', () => {
      expectAccepted(contextSchema, validContext({ pendingRequest: { requestId: 'TD20260310-000415' } }));
    });

    it('rejects a pending request with an empty request id', () => {
      expectRejectedAt(contextSchema, validContext({ pendingRequest: { requestId: '' } }), 'pendingRequest.requestId');
    });

    it('rejects a negative data retention period', () => {
      expectRejectedAt(contextSchema, withValueAt(validContext(), 'terms.dataRetentionDays', -1), 'terms.dataRetentionDays');
    });

    it('accepts a status with no refund and a rejected request with its reason', () => {
      const status = validStatus({ status: 'rejected', rejectionReason: '该订购为合约期内优惠套餐，暂不支持线上退订' });
      delete status.refund;
      expectAccepted(statusSchema, status);
    });

    it('accepts refund tracking without an expected window', () => {
      const status = validStatus({ refund: validRefundTracking({ status: 'pending' }) });
      delete status.refund?.expectedBy;
      expectAccepted(statusSchema, status);
    });

    it('accepts a failed verification that is locked with a retry delay, and one with no details at all', () => {
      expectAccepted(verifyResultSchema, validVerifyFail({ reason: 'locked', attemptsLeft: 0, retryAfterSeconds: 1800 }));
      expectAccepted(verifyResultSchema, { ok: false, reason: 'expired' });
    });

    it('rejects a successful verification without its proof and a failed one carrying only a proof', () => {
      expectRejectedAt(verifyResultSchema, { ok: true }, 'proof');
      expectRejectedAt(verifyResultSchema, { ok: false, proof: 'vp_x' }, 'reason');
    });

    it('parses each challenge kind with its own schema too', () => {
      expectAccepted(smsChallengeSchema, validSmsChallenge());
      expectAccepted(faceChallengeSchema, validFaceChallenge());
      expectAccepted(securityQuestionsChallengeSchema, validQuestionsChallenge());
      expect(smsChallengeSchema.safeParse(validFaceChallenge()).success).to.equal(false);
    });

    it('rejects a challenge that mixes the sms shape with the face method', () => {
      expect(challengeSchema.safeParse({ ...validSmsChallenge(), method: 'face' }).success).to.equal(false);
    });
  });

  describe('cross-field rules', () => {
    describe('quote refund = max(0, paid - used - penalty)', () => {
      it('accepts a refund with a penalty taken off', () => {
        expectAccepted(quoteSchema, validQuote({ penalty: cny(1000), refund: cny(2000) }));
      });

      it('accepts a refund floored at zero when used and penalty exceed what was paid', () => {
        expectAccepted(quoteSchema, validQuote({ used: cny(4000), penalty: cny(2000), refund: cny(0) }));
      });

      it('accepts an end-of-term quote that refunds nothing', () => {
        expectAccepted(
          quoteSchema,
          validQuote({ effective: 'end-of-term', effectiveAt: '2026-04-01T00:00:00+08:00', used: cny(4900), refund: cny(0) }),
        );
      });

      it('rejects a refund larger than what was paid', () => {
        expectRejectedAt(quoteSchema, validQuote({ refund: cny(5000) }), 'refund.amount');
      });

      it('rejects a refund that forgets the penalty', () => {
        expectRejectedAt(quoteSchema, validQuote({ penalty: cny(1000), refund: cny(3000) }), 'refund.amount');
      });

      it('rejects a refund of zero when money is left over', () => {
        expectRejectedAt(quoteSchema, validQuote({ refund: cny(0) }), 'refund.amount');
      });

      it('says the refund does not add up', () => {
        expect(issueMessages(quoteSchema, validQuote({ refund: cny(3001) }))).to.deep.equal([
          'refund is not paid - used - penalty (floored at zero)',
        ]);
      });
    });

    describe('quote currencies', () => {
      it('rejects a refund in another currency than the payment', () => {
        expectRejectedAt(quoteSchema, validQuote({ refund: { amount: 3000, currency: 'USD' } }), 'refund.currency');
      });

      it('rejects a payment in another currency than the rest', () => {
        const value = validQuote({ paid: { amount: 4900, currency: 'HKD' } });
        expectRejectedAt(quoteSchema, value, 'refund.currency');
        expect(issueMessages(quoteSchema, value)).to.include('the quote mixes currencies');
      });

      it('accepts a quote entirely in one other currency', () => {
        const hkd = (amount: number) => ({ amount, currency: 'HKD' });
        expectAccepted(quoteSchema, validQuote({ paid: hkd(5300), used: hkd(2000), penalty: hkd(0), refund: hkd(3300) }));
      });
    });

    describe('quote arrival window', () => {
      it('rejects a minimum above the maximum', () => {
        expectRejectedAt(quoteSchema, validQuote({ arrivalWorkingDays: { min: 8, max: 3 } }), 'arrivalWorkingDays.max');
      });

      it('accepts a window of one exact day, including the same day', () => {
        expectAccepted(quoteSchema, validQuote({ arrivalWorkingDays: { min: 5, max: 5 } }));
        expectAccepted(quoteSchema, validQuote({ arrivalWorkingDays: { min: 0, max: 0 } }));
      });

      it('rejects negative or fractional working days', () => {
        expectRejectedAt(quoteSchema, validQuote({ arrivalWorkingDays: { min: -1, max: 3 } }), 'arrivalWorkingDays.min');
        expectRejectedAt(quoteSchema, validQuote({ arrivalWorkingDays: { min: 1, max: 2.5 } }), 'arrivalWorkingDays.max');
      });
    });

    describe('subscription period', () => {
      const period = (start: string, end: string) => withValueAt(validContext(), 'subscription.currentPeriod', { start, end });

      it('rejects a period that ends before it starts', () => {
        expectRejectedAt(contextSchema, period('2026-04-01T00:00:00+08:00', '2026-03-01T00:00:00+08:00'), 'subscription.currentPeriod.end');
      });

      it('rejects a period that ends the instant it starts', () => {
        expectRejectedAt(contextSchema, period('2026-03-01T00:00:00+08:00', '2026-03-01T00:00:00+08:00'), 'subscription.currentPeriod.end');
      });

      it('compares instants, not strings, when the two ends use different offsets', () => {
        // 2026-02-28T16:00:00Z is the same instant as midnight on 1 March in Shanghai.
        expectRejectedAt(contextSchema, period('2026-03-01T00:00:00+08:00', '2026-02-28T16:00:00Z'), 'subscription.currentPeriod.end');
        expectAccepted(contextSchema, period('2026-03-01T00:00:00+08:00', '2026-02-28T17:00:00Z'));
      });
    });

    describe('refund expected window', () => {
      const window = (earliest: string, latest: string) =>
        validStatus({ refund: validRefundTracking({ expectedBy: { earliest, latest } }) });

      it('rejects an earliest date after the latest', () => {
        expectRejectedAt(statusSchema, window('2026-03-23', '2026-03-17'), 'refund.expectedBy.latest');
      });

      it('accepts a window of a single day', () => {
        expectAccepted(statusSchema, window('2026-03-17', '2026-03-17'));
      });

      it('orders dates across a month and a year boundary', () => {
        expectAccepted(statusSchema, window('2026-12-30', '2027-01-06'));
        expectRejectedAt(statusSchema, window('2027-01-06', '2026-12-30'), 'refund.expectedBy.latest');
      });
    });

    describe('sms code length', () => {
      for (const codeLength of [4, 6, 8]) {
        it(`accepts a code length of ${codeLength}`, () => {
          expectAccepted(challengeSchema, validSmsChallenge({ codeLength }));
        });
      }
      for (const codeLength of [0, 3, 9, 6.5]) {
        it(`rejects a code length of ${codeLength}`, () => {
          expectRejectedAt(challengeSchema, validSmsChallenge({ codeLength }), 'codeLength');
        });
      }

      it('rejects an sms code that expires immediately, and a negative resend delay', () => {
        expectRejectedAt(challengeSchema, validSmsChallenge({ expiresInSeconds: 0 }), 'expiresInSeconds');
        expectRejectedAt(challengeSchema, validSmsChallenge({ resendAfterSeconds: -1 }), 'resendAfterSeconds');
      });
    });

    it('rejects a security-questions challenge with no questions', () => {
      expectRejectedAt(challengeSchema, validQuestionsChallenge({ questions: [] }), 'questions');
    });

    it('rejects a face challenge that never lets the widget poll', () => {
      expectRejectedAt(challengeSchema, validFaceChallenge({ pollAfterSeconds: 0 }), 'pollAfterSeconds');
    });

    it('rejects terms that offer no way for the unsubscription to take effect', () => {
      expectRejectedAt(contextSchema, withValueAt(validContext(), 'terms.effectiveOptions', []), 'terms.effectiveOptions');
    });

    it('accepts terms that offer only one way for the unsubscription to take effect', () => {
      expectAccepted(contextSchema, withValueAt(validContext(), 'terms.effectiveOptions', ['end-of-term']));
    });
  });

  describe('input schemas', () => {
    describe('feedback', () => {
      for (const rating of [1, 5]) {
        it(`accepts a rating of ${rating}`, () => {
          expectAccepted(feedbackInputSchema, validFeedbackInput({ rating }));
        });
      }
      for (const rating of [0, 6, 4.5]) {
        it(`rejects a rating of ${rating}`, () => {
          expectRejectedAt(feedbackInputSchema, validFeedbackInput({ rating }), 'rating');
        });
      }

      it('accepts feedback with a rating alone', () => {
        expectAccepted(feedbackInputSchema, { rating: 3 });
      });
    });

    describe('submit', () => {
      it('accepts the fully valid fixture', () => {
        expectAccepted(submitInputSchema, validSubmitInput());
      });

      it('rejects a submission without an idempotency key', () => {
        expectRejectedAt(submitInputSchema, withoutValueAt(validSubmitInput(), 'idempotencyKey'), 'idempotencyKey');
      });

      it('rejects a submission with an empty idempotency key', () => {
        expectRejectedAt(submitInputSchema, validSubmitInput({ idempotencyKey: '' }), 'idempotencyKey');
      });

      it('rejects a submission without a quote id', () => {
        expectRejectedAt(submitInputSchema, withoutValueAt(validSubmitInput(), 'quoteId'), 'quoteId');
      });

      it('accepts a submission with no reasons, no comment and no proof', () => {
        const input = validSubmitInput({ reasonIds: [] });
        delete input.comment;
        delete input.proof;
        expectAccepted(submitInputSchema, input);
      });

      it('rejects an empty reason id', () => {
        expectRejectedAt(submitInputSchema, validSubmitInput({ reasonIds: ['price', ''] }), 'reasonIds[1]');
      });
    });

    it('accepts loading the context with or without a subscription id, but not an empty one', () => {
      expectAccepted(loadContextInputSchema, validLoadContextInput());
      expectAccepted(loadContextInputSchema, {});
      expectRejectedAt(loadContextInputSchema, validLoadContextInput({ subscriptionId: '' }), 'subscriptionId');
    });

    it('accepts starting each known verification method and rejects an unknown one', () => {
      for (const method of ['sms', 'face', 'security-questions'] as const) {
        expectAccepted(startVerificationInputSchema, validStartVerificationInput({ method }));
      }
      expectRejectedAt(startVerificationInputSchema, { method: 'email' }, 'method');
    });

    it('accepts verifying an sms code and security answers, and rejects an empty challenge id', () => {
      expectAccepted(verifyInputSchema, validVerifyInput());
      expectAccepted(
        verifyInputSchema,
        validVerifyInput({
          challengeId: 'ch-sq-55b0e8',
          method: 'security-questions',
          code: undefined,
          answers: [{ questionId: 'q-birth-city', answer: '杭州' }],
        }),
      );
      expectRejectedAt(verifyInputSchema, validVerifyInput({ challengeId: '' }), 'challengeId');
    });

    it('accepts a quote request for each effective option and rejects another', () => {
      expectAccepted(quoteInputSchema, validQuoteInput());
      expectAccepted(quoteInputSchema, validQuoteInput({ effective: 'end-of-term' }));
      expectRejectedAt(quoteInputSchema, { ...validQuoteInput(), effective: 'next-month' }, 'effective');
    });

    it('rejects a status request with an empty request id', () => {
      expectAccepted(statusInputSchema, validStatusInput());
      expectRejectedAt(statusInputSchema, validStatusInput({ requestId: '' }), 'requestId');
    });
  });
});

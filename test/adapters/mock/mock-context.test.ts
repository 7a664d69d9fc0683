import { expect } from '@open-wc/testing';
import { createMockAdapter, type MockAdapterOptions } from '../../../src/adapters/mock/index.js';
import { contextSchema, statusSchema } from '../../../src/contract/index.js';
import { expectUnsubscribeError, expectValid, fakeClock } from './mock-fixtures.js';

describe('mock adapter: context', () => {
  it('describes a 移动云电脑 software-edition yearly plan priced in fen, with +08:00 times and no reasons of its own', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now });
    const context = await adapter.loadContext({});

    expectValid(contextSchema, context);
    expect(context.subscription.productName).to.equal('移动云电脑（软件版）');
    expect(context.subscription.price).to.deep.equal({ amount: 58800, currency: 'CNY' });
    expect(context.subscription.currentPeriod).to.deep.equal({ start: '2026-08-01T00:00:00+08:00', end: '2027-08-01T00:00:00+08:00' });
    expect(context.terms.penalty).to.deep.equal({ amount: 5000, currency: 'CNY' });
    expect(context.terms.refundMethod).to.equal('原路退回');
    expect(context.terms.effectiveOptions).to.deep.equal(['immediately', 'end-of-term']);
    expect(context.account.maskedPhone).to.equal('138****8000');
    expect(context.verificationMethods).to.deep.equal(['sms', 'face', 'security-questions']);
    expect(context).to.not.have.property('reasons');
    expect(context).to.not.have.property('pendingRequest');
  });

  it('places the paid period by the Shanghai month, not the browser’s', async () => {
    // 2026-12-01 01:00 in Shanghai is still November in Los Angeles and in UTC.
    const adapter = createMockAdapter({ now: fakeClock('2026-12-01T01:00:00+08:00').now });
    const { subscription } = await adapter.loadContext({});
    expect(subscription.currentPeriod.start).to.equal('2026-09-01T00:00:00+08:00');
  });

  it('merges overrides into each part, adds reasons, and removes a field set to undefined', async () => {
    const adapter = createMockAdapter({
      now: fakeClock().now,
      verificationMethods: [],
      context: {
        account: { displayName: '李雷', maskedPhone: undefined },
        terms: { effectiveOptions: ['immediately'], penalty: undefined },
        support: { hotline: '10080' },
        reasons: [{ id: 'price', label: '费用过高' }],
      },
    });
    const context = await adapter.loadContext({});

    expectValid(contextSchema, context);
    expect(context.account.displayName).to.equal('李雷');
    expect(context.account.id).to.equal('CMCC-ACC-2025031800127');
    expect(context.account).to.not.have.property('maskedPhone');
    expect(context.terms.effectiveOptions).to.deep.equal(['immediately']);
    expect(context.terms).to.not.have.property('penalty');
    expect(context.terms.title).to.equal('移动云电脑产品服务协议');
    expect(context.support).to.include({ hotline: '10080', email: 'cloudpc-support@example.com' });
    expect(context.reasons).to.deep.equal([{ id: 'price', label: '费用过高' }]);
    expect(context.verificationMethods).to.deep.equal([]);
  });

  it('hands out a fresh copy each time, so a caller cannot change what the back end knows', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now });
    const first = await adapter.loadContext({});
    first.subscription.productName = 'changed';
    first.terms.highlights.push('changed');
    const second = await adapter.loadContext({});
    expect(second.subscription.productName).to.equal('移动云电脑（软件版）');
    expect(second.terms.highlights).to.not.include('changed');
  });

  it('accepts its own subscription id and answers not-found for any other', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now });
    const { subscription } = await adapter.loadContext({});
    expectValid(contextSchema, await adapter.loadContext({ subscriptionId: subscription.id }));
    await expectUnsubscribeError(adapter.loadContext({ subscriptionId: 'CPC-SW-0000000000' }), 'not-found');
  });

  it('reports a pending request given by pendingRequestId, which getStatus knows as processing', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, pendingRequestId: 'TD202611230042' });
    const context = await adapter.loadContext({});
    expectValid(contextSchema, context);
    expect(context.pendingRequest).to.deep.equal({ requestId: 'TD202611230042' });
    expect(context.subscription.status).to.equal('pending-cancellation');

    const status = await adapter.getStatus({ requestId: 'TD202611230042' });
    expectValid(statusSchema, status);
    expect(status.status).to.equal('processing');
    expect(adapter.requests()).to.deep.equal([]);
  });

  it('treats context.pendingRequest like pendingRequestId', async () => {
    const adapter = createMockAdapter({ now: fakeClock().now, context: { pendingRequest: { requestId: 'TD202611230007' } } });
    expect((await adapter.loadContext({})).pendingRequest).to.deep.equal({ requestId: 'TD202611230007' });
    expect((await adapter.getStatus({ requestId: 'TD202611230007' })).status).to.equal('processing');
  });

  it('refuses out-of-range options when it is created, naming the option', () => {
    expect(() => createMockAdapter({ smsCode: '12a456' })).to.throw(RangeError, /smsCode/);
    expect(() => createMockAdapter({ smsCode: '123' })).to.throw(RangeError, /smsCode/);
    expect(() => createMockAdapter({ maxAttempts: 0 })).to.throw(RangeError, /maxAttempts/);
    expect(() => createMockAdapter({ latencyMs: -1 })).to.throw(RangeError, /latencyMs/);
    expect(() => createMockAdapter({ statusTimeline: { processingAfterMs: 5000, doneAfterMs: 1000 } })).to.throw(RangeError, /doneAfterMs/);
    expect(() => createMockAdapter({ arrivalWorkingDays: { min: 10, max: 5 } })).to.throw(RangeError, /arrivalWorkingDays/);
    expect(() => createMockAdapter({ securityQuestions: [] })).to.throw(RangeError, /securityQuestions/);
    expect(() => createMockAdapter({ failures: { submit: { code: 'server', times: -1 } } })).to.throw(
      RangeError,
      /failures\.submit\.times/,
    );
    expect(() => createMockAdapter({ context: { account: { maskedPhone: undefined } } })).to.throw(RangeError, /maskedPhone/);
  });

  it('checks only what the caller gives: the defaults, null and a phone-less account without SMS pass', () => {
    expect(() => createMockAdapter()).to.not.throw();
    expect(() => createMockAdapter({ maxAttempts: null, statusTimeline: null, arrivalWorkingDays: null } as never)).to.not.throw();
    expect(() => createMockAdapter({ statusTimeline: { doneAfterMs: 2000 } })).to.throw(RangeError, /doneAfterMs.*\(3000\)/);
    expect(() => createMockAdapter({ statusTimeline: { processingAfterMs: 9000 } })).to.throw(RangeError, /doneAfterMs.*got 8000/);
    expect(() => createMockAdapter({ verificationMethods: ['face'], context: { account: { maskedPhone: undefined } } })).to.not.throw();
    expect(() => createMockAdapter({ context: { account: { displayName: '李雷' } } })).to.not.throw();
  });

  it('uses the options as they were at creation, though its engine loads later', async () => {
    const options: MockAdapterOptions = { now: fakeClock().now, smsCode: '2468', verificationMethods: ['sms'] };
    const adapter = createMockAdapter(options);
    options.smsCode = 'not a code';
    options.verificationMethods!.push('face');
    expect((await adapter.loadContext({})).verificationMethods).to.deep.equal(['sms']);
    await adapter.startVerification({ method: 'sms' });
    expect(adapter.lastSmsCode()).to.equal('2468');
  });

  it('answers in the language the call asks for: its own texts in English for en, the operator’s as given', async () => {
    const adapter = createMockAdapter({
      now: fakeClock().now,
      verificationMethods: ['security-questions'],
      context: { support: { hours: '工作日 9:00–18:00' } },
    });
    const en = await adapter.loadContext({}, { locale: 'en' });
    expectValid(contextSchema, en);
    expect(en.terms.refundMethod).to.equal('Back to the original payment method');
    expect(en.terms.title).to.equal('China Mobile Cloud PC service agreement');
    expect(en.terms.highlights.every((h) => !/[\u3400-\u9fff]/.test(h))).to.equal(true);
    expect(en.subscription.productName).to.equal('China Mobile Cloud PC (software edition)');
    expect(en.support.hours).to.equal('工作日 9:00–18:00');
    const zh = await adapter.loadContext({}, { locale: 'zh-CN' });
    expect(zh.terms.refundMethod).to.equal('原路退回');
    const challenge = await adapter.startVerification({ method: 'security-questions' }, { locale: 'en' });
    expect(challenge.method === 'security-questions' && challenge.questions[0]?.prompt).to.equal(
      'In which city were you when you signed up for Cloud PC?',
    );
    const quote = await adapter.quoteRefund({ subscriptionId: en.subscription.id, effective: 'immediately' }, { locale: 'en' });
    expect(quote.method).to.equal('Back to the original payment method');
  });
});

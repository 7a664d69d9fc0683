/**
 * Fully valid contract values (DESIGN section 4) for a China Mobile 移动云电脑 subscriber, one
 * factory per schema. Each call returns a fresh object, so a test may mutate what it gets; the
 * optional argument is shallow-merged over the defaults.
 *
 * The story they tell together: 王小明 has had 移动云电脑 个人版 (4核8G) on a monthly plan at
 * ¥49.00 since 1 March 2026 (Shanghai time), asks on 12 March to unsubscribe immediately, has used
 * ¥19.00 of it and gets ¥30.00 back to the original payment method in 3 to 7 working days.
 */
import type {
  AcceptOfferInput,
  Agreement,
  DowngradeOffer,
  PauseOffer,
  FaceChallenge,
  FeedbackInput,
  WithdrawInput,
  SendReceiptInput,
  ReceiptDelivery,
  WithdrawResult,
  LoadContextInput,
  Money,
  QuoteInput,
  Receipt,
  RefundQuote,
  RefundTracking,
  RequestStatus,
  SecurityQuestionsChallenge,
  SmsChallenge,
  StartVerificationInput,
  StatusInput,
  SubmitInput,
  UnsubscribeContext,
  VerifyInput,
  VerifyResult,
} from '../../src/contract/types.js';

export const SUBSCRIPTION_ID = 'CPC-SUB-2026030100017';
export const REQUEST_ID = 'TD20260312-000731';
export const QUOTE_ID = 'QT-20260312-8842';
export const PROOF = 'vp_2f8c1a9e7b3d4c60';

/** Money in fen: `cny(4900)` is ¥49.00. */
export function cny(amount: number): Money {
  return { amount, currency: 'CNY' };
}

export function validContext(overrides: Partial<UnsubscribeContext> = {}): UnsubscribeContext {
  return {
    account: { id: 'CMCC-U-10086-5521873', displayName: '王小明', maskedPhone: '138****5678' },
    subscription: {
      id: SUBSCRIPTION_ID,
      productName: '移动云电脑',
      planName: '个人版 4核8G 包月',
      status: 'active',
      billingCycle: 'month',
      currentPeriod: { start: '2026-03-01T00:00:00+08:00', end: '2026-04-01T00:00:00+08:00' },
      price: cny(4900),
    },
    terms: {
      title: '移动云电脑业务退订规则',
      url: 'https://cloudpc.10086.cn/agreement/unsubscribe',
      version: '2026.01',
      highlights: [
        '退订后云电脑将停止服务，桌面无法再登录',
        '立即退订按已使用天数扣费，剩余费用原路退回',
        '云电脑中的数据保留 7 天，逾期彻底删除且无法恢复',
      ],
      penalty: cny(0),
      refundMethod: '原路退回',
      effectiveOptions: ['immediately', 'end-of-term'],
      dataRetentionDays: 7,
    },
    reasons: [
      { id: 'price', label: '价格偏高' },
      { id: 'rarely-used', label: '使用频率低' },
      { id: 'performance', label: '画面卡顿或网络不稳定' },
      { id: 'switching', label: '改用其他产品' },
      { id: 'other', label: '其他原因', requiresComment: true },
    ],
    verificationMethods: ['sms', 'face', 'security-questions'],
    support: {
      hotline: '10086',
      email: 'cloudpc@chinamobile.com',
      chatUrl: 'https://cloudpc.10086.cn/service/chat',
      hours: '7×24 小时',
    },
    ...overrides,
  };
}

export function validSmsChallenge(overrides: Partial<SmsChallenge> = {}): SmsChallenge {
  return {
    challengeId: 'ch-sms-7f3a21',
    method: 'sms',
    maskedPhone: '138****5678',
    codeLength: 6,
    resendAfterSeconds: 60,
    expiresInSeconds: 300,
    ...overrides,
  };
}

export function validFaceChallenge(overrides: Partial<FaceChallenge> = {}): FaceChallenge {
  return {
    challengeId: 'ch-face-0c91d4',
    method: 'face',
    handoffUrl: 'https://cloudpc.10086.cn/verify/face?ticket=0c91d4e2',
    pollAfterSeconds: 3,
    ...overrides,
  };
}

export function validQuestionsChallenge(overrides: Partial<SecurityQuestionsChallenge> = {}): SecurityQuestionsChallenge {
  return {
    challengeId: 'ch-sq-55b0e8',
    method: 'security-questions',
    questions: [
      { id: 'q-birth-city', prompt: '您的出生城市是？' },
      { id: 'q-first-school', prompt: '您就读的第一所小学的名称是？' },
    ],
    ...overrides,
  };
}

export function validVerifyOk(overrides: Partial<Extract<VerifyResult, { ok: true }>> = {}): Extract<VerifyResult, { ok: true }> {
  return { ok: true, proof: PROOF, ...overrides };
}

export function validVerifyFail(overrides: Partial<Extract<VerifyResult, { ok: false }>> = {}): Extract<VerifyResult, { ok: false }> {
  return { ok: false, reason: 'wrong', attemptsLeft: 2, ...overrides };
}

/** ¥49.00 paid, ¥19.00 used, no penalty: ¥30.00 back, 3 to 7 working days after Thursday 12 March. */
export function validQuote(overrides: Partial<RefundQuote> = {}): RefundQuote {
  return {
    quoteId: QUOTE_ID,
    effective: 'immediately',
    effectiveAt: '2026-03-12T10:15:00+08:00',
    paid: cny(4900),
    used: cny(1900),
    penalty: cny(0),
    refund: cny(3000),
    method: '原路退回',
    arrivalWorkingDays: { min: 3, max: 7 },
    ...overrides,
  };
}

export function validReceipt(overrides: Partial<Receipt> = {}): Receipt {
  return {
    requestId: REQUEST_ID,
    status: 'received',
    submittedAt: '2026-03-12T10:15:42+08:00',
    expectedDoneBy: '2026-03-13T10:15:42+08:00',
    ...overrides,
  };
}

export function validRefundTracking(overrides: Partial<RefundTracking> = {}): RefundTracking {
  return {
    status: 'issued',
    amount: cny(3000),
    expectedBy: { earliest: '2026-03-17', latest: '2026-03-23' },
    ...overrides,
  };
}

/** A request that has been completed, with its refund issued and on its way. */
export function validStatus(overrides: Partial<RequestStatus> = {}): RequestStatus {
  return {
    requestId: REQUEST_ID,
    status: 'completed',
    updatedAt: '2026-03-12T16:40:05+08:00',
    refund: validRefundTracking(),
    ...overrides,
  };
}

// ---- Inputs: what the widget sends.

export function validLoadContextInput(overrides: Partial<LoadContextInput> = {}): LoadContextInput {
  return { subscriptionId: SUBSCRIPTION_ID, ...overrides };
}

export function validStartVerificationInput(overrides: Partial<StartVerificationInput> = {}): StartVerificationInput {
  return { method: 'sms', ...overrides };
}

export function validVerifyInput(overrides: Partial<VerifyInput> = {}): VerifyInput {
  return { challengeId: 'ch-sms-7f3a21', method: 'sms', code: '482913', ...overrides };
}

export function validQuoteInput(overrides: Partial<QuoteInput> = {}): QuoteInput {
  return { subscriptionId: SUBSCRIPTION_ID, effective: 'immediately', ...overrides };
}

export function validSubmitInput(overrides: Partial<SubmitInput> = {}): SubmitInput {
  return {
    subscriptionId: SUBSCRIPTION_ID,
    reasonIds: ['rarely-used', 'other'],
    comment: '出差结束，暂时用不到了',
    effective: 'immediately',
    quoteId: QUOTE_ID,
    proof: PROOF,
    idempotencyKey: '5b0f6a52-3c1e-4d7a-9f2b-8e41c7d09a13',
    ...overrides,
  };
}

export function validStatusInput(overrides: Partial<StatusInput> = {}): StatusInput {
  return { requestId: REQUEST_ID, ...overrides };
}

export function validFeedbackInput(overrides: Partial<FeedbackInput> = {}): FeedbackInput {
  return { requestId: REQUEST_ID, rating: 4, comment: '流程清楚，退款说明明白', ...overrides };
}

export function validPauseOffer(overrides: Partial<PauseOffer> = {}): PauseOffer {
  return {
    offerId: 'OF-PAUSE-3',
    kind: 'pause',
    choices: [
      { months: 1, resumesOn: '2026-04-12' },
      { months: 3, resumesOn: '2026-06-12' },
    ],
    storageFeePerMonth: cny(500),
    ...overrides,
  };
}

export function validDowngradeOffer(overrides: Partial<DowngradeOffer> = {}): DowngradeOffer {
  return {
    offerId: 'OF-LITE',
    kind: 'downgrade',
    planName: '轻享版 2核4G',
    price: cny(2900),
    billingCycle: 'month',
    startsAt: '2026-04-01T00:00:00+08:00',
    losses: ['云盘从 100 GB 减为 40 GB'],
    ...overrides,
  };
}

export function validAgreement(overrides: Partial<Extract<Agreement, { kind: 'pause' }>> = {}): Agreement {
  return {
    offerId: 'OF-PAUSE-3',
    kind: 'pause',
    months: 3,
    resumesOn: '2026-06-12',
    storageFeePerMonth: cny(500),
    agreedAt: '2026-03-12T10:00:00+08:00',
    ...overrides,
  };
}

export function validAcceptOfferInput(overrides: Partial<AcceptOfferInput> = {}): AcceptOfferInput {
  return {
    offerId: 'OF-PAUSE-3',
    subscriptionId: SUBSCRIPTION_ID,
    months: 3,
    reasonIds: ['price'],
    idempotencyKey: '5d1c7e0a-2b9f-4c43-9a51-0e6b2f3d8c11',
    ...overrides,
  };
}

export function validWithdrawInput(overrides: Partial<WithdrawInput> = {}): WithdrawInput {
  return { requestId: REQUEST_ID, idempotencyKey: '0c7e2d4a-91b3-4f6e-8a5d-2b9c1e7f3a60', ...overrides };
}

export function validWithdrawResult(overrides: Partial<WithdrawResult> = {}): WithdrawResult {
  return { requestId: REQUEST_ID, status: 'withdrawn', withdrawnAt: '2026-03-12T10:20:00+08:00', ...overrides };
}

export function validSendReceiptInput(overrides: Partial<SendReceiptInput> = {}): SendReceiptInput {
  return { requestId: REQUEST_ID, channel: 'sms', idempotencyKey: '7a3e9c10-4d2b-4f8a-b6e1-5c0d9f2a8e47', ...overrides };
}

export function validReceiptDelivery(overrides: Partial<ReceiptDelivery> = {}): ReceiptDelivery {
  return { requestId: REQUEST_ID, channel: 'sms', sentTo: '138****5678', sentAt: '2026-03-12T10:25:00+08:00', ...overrides };
}

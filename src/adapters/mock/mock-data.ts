/**
 * What the mock back end knows about its one subscriber: a China Mobile 移动云电脑 (software
 * edition) yearly plan. Prices are in fen, instants carry +08:00.
 *
 * The paid period is placed around the mock's clock (it began on the first day of the month three
 * months back), so the demo shows a sensible pro-rata refund on any day it is opened, and a test
 * with a fake clock gets the same context every time.
 *
 * There are deliberately no `reasons` here: the widget has its own default list, and an operator's
 * list is added with `options.context.reasons`.
 */
import type { Account, Subscription, Support, Terms } from '../../contract/index.js';
import { shanghaiMonthStart, toShanghaiIso } from './mock-time.js';

export interface MockSecurityQuestion {
  id: string;
  prompt: string;
  /** Compared trimmed and case-insensitively. */
  answer: string;
}

export const DEFAULT_ACCOUNT: Account = {
  id: 'CMCC-ACC-2025031800127',
  displayName: '王小明',
  maskedPhone: '138****8000',
};

export const DEFAULT_SUBSCRIPTION_ID = 'CPC-SW-8800012345';

/** Months in a billing cycle. */
const CYCLE_MONTHS = { month: 1, quarter: 3, 'half-year': 6, year: 12 } as const;

/**
 * The current period of a plan billed every `cycle`: a yearly one began three calendar months
 * (Shanghai) before `now`, a shorter one at the start of this month.
 */
export function currentPeriodOf(cycle: Subscription['billingCycle'], now: Date): Subscription['currentPeriod'] {
  const back = cycle === 'year' ? -3 : 0;
  return {
    start: toShanghaiIso(shanghaiMonthStart(now.getTime(), back)),
    end: toShanghaiIso(shanghaiMonthStart(now.getTime(), back + CYCLE_MONTHS[cycle])),
  };
}

/** The yearly plan, its current year having begun three calendar months (Shanghai) before `now`. */
export function defaultSubscription(now: Date): Subscription {
  const start = shanghaiMonthStart(now.getTime(), -3);
  const end = shanghaiMonthStart(now.getTime(), 9);
  return {
    id: DEFAULT_SUBSCRIPTION_ID,
    productName: '移动云电脑（软件版）',
    planName: '畅享型 4核8G · 100GB 云盘 · 包年',
    status: 'active',
    billingCycle: 'year',
    currentPeriod: { start: toShanghaiIso(start), end: toShanghaiIso(end) },
    price: { amount: 58800, currency: 'CNY' },
  };
}

export const DEFAULT_TERMS: Terms = {
  title: '移动云电脑产品服务协议',
  url: 'https://example.com/cloudpc/agreement',
  version: '2026.1',
  // What the widget does not already say from the fields below (penalty, refund method, data
  // retention, when it takes effect): an operator's highlights add to those, never repeat them.
  highlights: [
    '选择立即生效的，按当期剩余天数折算退款，已使用天数的费用不予退还。',
    '选择计费周期结束时生效的，不收取违约金，已付费用不予退还。',
  ],
  penalty: { amount: 5000, currency: 'CNY' },
  refundMethod: '原路退回',
  effectiveOptions: ['immediately', 'end-of-term'],
  dataRetentionDays: 7,
};

export const DEFAULT_SUPPORT: Support = {
  hotline: '10086',
  email: 'cloudpc-support@example.com',
  chatUrl: 'https://example.com/cloudpc/chat',
  hours: '每天 8:00–22:00',
};

export const DEFAULT_SECURITY_QUESTIONS: readonly MockSecurityQuestion[] = [
  { id: 'q-first-city', prompt: '您开通移动云电脑时所在的城市是？', answer: '杭州' },
  { id: 'q-pet-name', prompt: '您第一只宠物的名字是？（拼音或英文）', answer: 'Doudou' },
];

/** Why a request the status timeline ends in `rejected` was turned down, unless `statusTimeline.rejectionReason` says. */
export const DEFAULT_REJECTION_REASON = '该账户存在未结清的费用，暂时无法退订。请结清欠费后重新提交，或拨打 10086 咨询。';

/**
 * Sample cloud PCs for a demo of an account with several (`--cloud-pcs` of the reference back end,
 * the stories): a name for the default one, and the others, the last of them already cancelled.
 */
export const SAMPLE_FIRST_CLOUD_PC_NAME = '办公电脑';
export const SAMPLE_OTHER_CLOUD_PCS: ReadonlyArray<Partial<Subscription> & { id: string; dataRetentionDays?: number }> = [
  {
    id: 'CPC-SW-8800067890',
    name: '家里的电脑',
    planName: '轻享型 2核4G · 40GB 云盘 · 包月',
    billingCycle: 'month',
    price: { amount: 2900, currency: 'CNY' },
    dataRetentionDays: 15,
  },
  { id: 'CPC-SW-8800011111', name: '旧电脑', status: 'cancelled' },
];

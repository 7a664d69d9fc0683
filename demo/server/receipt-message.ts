/**
 * The receipt as the message `sendReceipt` puts in the demo inbox: what a subscriber would keep
 * (the request number, when it was received, when it takes effect, the refund and when it should
 * arrive, a withdrawal if there was one, the hotline), in the visitor's language. An SMS is one
 * paragraph; an e-mail has a subject and a line per fact. Times are Beijing time, money is fen.
 */
import type { Money, ReceiptChannel, RequestStatus } from '../../src/contract/index.js';

export type MessageLocale = 'zh-CN' | 'en';

export interface ReceiptFacts {
  requestId: string;
  productName: string;
  submittedAt: number;
  effectiveAt: string;
  refund: Money;
  refundMethod: string;
  status: RequestStatus;
  hotline: string | undefined;
}

export interface ReceiptMessage {
  subject: string | null;
  text: string;
}

const ZONE = 'Asia/Shanghai';

function dateTime(locale: MessageLocale, at: number | string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: ZONE,
    year: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}

/** A calendar day (`2026-12-18`) in words. */
function day(locale: MessageLocale, calendarDate: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: ZONE,
    year: 'numeric',
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
  }).format(new Date(`${calendarDate}T12:00:00+08:00`));
}

function money(locale: MessageLocale, { amount, currency }: Money): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { style: 'currency', currency }).format(amount / 100);
}

const WORDS = {
  'zh-CN': {
    brand: '【中国移动】',
    received: (product: string) => `您的${product}退订申请已受理。`,
    number: (id: string) => `申请编号：${id}`,
    at: (time: string) => `受理时间：${time}（北京时间）`,
    effective: (time: string) => `生效时间：${time}（北京时间）`,
    refund: (amount: string, method: string, from: string, to: string) => `退款：${amount}，${method}，预计${from}至${to}到账`,
    refundPlain: (amount: string, method: string) => `退款：${amount}，${method}`,
    refundIssued: (amount: string, method: string) => `退款：${amount}，${method}，已退款`,
    noRefund: '退款：无',
    withdrawn: (time: string) => `该申请已于${time}（北京时间）撤销，服务照常继续，不会扣费`,
    hotline: (hotline: string) => `如有疑问请拨打${hotline}`,
    subject: (id: string) => `移动云电脑退订回执（${id}）`,
    separator: '；',
    end: '。',
  },
  en: {
    brand: '[China Mobile] ',
    received: (product: string) => `Your request to unsubscribe from ${product} has been received.`,
    number: (id: string) => `Request number: ${id}`,
    at: (time: string) => `Received: ${time} (Beijing time)`,
    effective: (time: string) => `Takes effect: ${time} (Beijing time)`,
    refund: (amount: string, method: string, from: string, to: string) =>
      `Refund: ${amount}, ${method.charAt(0).toLowerCase()}${method.slice(1)}, expected between ${from} and ${to}`,
    refundPlain: (amount: string, method: string) => `Refund: ${amount}, ${method.charAt(0).toLowerCase()}${method.slice(1)}`,
    refundIssued: (amount: string, method: string) => `Refund: ${amount}, ${method.charAt(0).toLowerCase()}${method.slice(1)}, paid out`,
    noRefund: 'Refund: none',
    withdrawn: (time: string) => `You withdrew this request on ${time} (Beijing time): the service continues and nothing is charged`,
    hotline: (hotline: string) => `Questions? Call ${hotline}`,
    subject: (id: string) => `Your Cloud PC unsubscribe receipt (${id})`,
    separator: '. ',
    end: '.',
  },
} as const;

/** The receipt in `locale`, as an SMS or an e-mail. */
export function receiptMessage(facts: ReceiptFacts, channel: ReceiptChannel, locale: MessageLocale): ReceiptMessage {
  const w = WORDS[locale];
  const lines = [w.number(facts.requestId), w.at(dateTime(locale, facts.submittedAt))];
  const { status } = facts;
  if (status.status === 'withdrawn') {
    lines.push(w.withdrawn(dateTime(locale, status.updatedAt)));
  } else {
    lines.push(w.effective(dateTime(locale, facts.effectiveAt)));
    const tracking = status.refund;
    const amount = money(locale, facts.refund);
    if (facts.refund.amount === 0 || tracking?.status === 'none') lines.push(w.noRefund);
    else if (tracking?.status === 'issued') lines.push(w.refundIssued(amount, facts.refundMethod));
    else if (tracking?.expectedBy) {
      const { earliest, latest } = tracking.expectedBy;
      lines.push(w.refund(amount, facts.refundMethod, day(locale, earliest), day(locale, latest)));
    } else lines.push(w.refundPlain(amount, facts.refundMethod));
  }
  if (facts.hotline) lines.push(w.hotline(facts.hotline));
  const opening = w.received(facts.productName);
  if (channel === 'sms')
    return { subject: null, text: `${w.brand}${opening}${locale === 'en' ? ' ' : ''}${lines.join(w.separator)}${w.end}` };
  return { subject: w.subject(facts.requestId), text: [opening, '', ...lines].join('\n') };
}

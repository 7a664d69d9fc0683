/**
 * The message tables, by area and language, each a chunk of its own: a page downloads only its
 * own language, and a step's strings arrive with the step. zh-CN files define the keys; the en
 * files are typed against them, so a missing translation fails the type check.
 */
import type { Locale } from './locale.js';

export type MessageArea = 'core' | 'faq' | 'prepare' | 'reason' | 'verify' | 'confirm' | 'status' | 'done' | 'large' | 'withdraw';

type TableModule = Promise<{ messages: Readonly<Record<string, string>> }>;

export const AREA_LOADERS: Readonly<Record<MessageArea, Readonly<Record<Locale, () => TableModule>>>> = {
  core: { 'zh-CN': () => import('./messages/zh-CN/core.js'), en: () => import('./messages/en/core.js') },
  faq: { 'zh-CN': () => import('./messages/zh-CN/faq.js'), en: () => import('./messages/en/faq.js') },
  prepare: { 'zh-CN': () => import('./messages/zh-CN/prepare.js'), en: () => import('./messages/en/prepare.js') },
  reason: { 'zh-CN': () => import('./messages/zh-CN/reason.js'), en: () => import('./messages/en/reason.js') },
  verify: { 'zh-CN': () => import('./messages/zh-CN/verify.js'), en: () => import('./messages/en/verify.js') },
  confirm: { 'zh-CN': () => import('./messages/zh-CN/confirm.js'), en: () => import('./messages/en/confirm.js') },
  status: { 'zh-CN': () => import('./messages/zh-CN/status.js'), en: () => import('./messages/en/status.js') },
  done: { 'zh-CN': () => import('./messages/zh-CN/done.js'), en: () => import('./messages/en/done.js') },
  large: { 'zh-CN': () => import('./messages/zh-CN/large.js'), en: () => import('./messages/en/large.js') },
  withdraw: { 'zh-CN': () => import('./messages/zh-CN/withdraw.js'), en: () => import('./messages/en/withdraw.js') },
};

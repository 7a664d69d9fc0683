/**
 * Every table merged, per locale: for tests and tools that check the tables as a whole (the
 * widget itself loads step tables with their steps).
 */
import { coreMessages } from './messages/core.js';
import { prepareMessages } from './messages/prepare.js';
import { reasonMessages } from './messages/reason.js';
import { verifyMessages } from './messages/verify.js';
import { confirmMessages } from './messages/confirm.js';
import { statusMessages } from './messages/status.js';
import { doneMessages } from './messages/done.js';
import type { Locale } from './locale.js';
import type { MessageTable } from './keys.js';

const modules = [coreMessages, prepareMessages, reasonMessages, verifyMessages, confirmMessages, statusMessages, doneMessages];

export const ALL_MESSAGES: Readonly<Record<Locale, MessageTable>> = {
  'zh-CN': Object.assign({}, ...modules.map((m) => m['zh-CN'])) as MessageTable,
  en: Object.assign({}, ...modules.map((m) => m.en)) as MessageTable,
};

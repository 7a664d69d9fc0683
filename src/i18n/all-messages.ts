/**
 * Every table merged, per locale: for tests and tools that check the tables as a whole (the
 * widget itself loads each area in the language it shows, see areas.ts).
 */
import { bootMessages } from './messages/boot.js';
import * as zhCore from './messages/zh-CN/core.js';
import * as zhFaq from './messages/zh-CN/faq.js';
import * as zhPrepare from './messages/zh-CN/prepare.js';
import * as zhReason from './messages/zh-CN/reason.js';
import * as zhVerify from './messages/zh-CN/verify.js';
import * as zhConfirm from './messages/zh-CN/confirm.js';
import * as zhStatus from './messages/zh-CN/status.js';
import * as zhDone from './messages/zh-CN/done.js';
import * as zhLarge from './messages/zh-CN/large.js';
import * as zhWithdraw from './messages/zh-CN/withdraw.js';
import * as enCore from './messages/en/core.js';
import * as enFaq from './messages/en/faq.js';
import * as enPrepare from './messages/en/prepare.js';
import * as enReason from './messages/en/reason.js';
import * as enVerify from './messages/en/verify.js';
import * as enConfirm from './messages/en/confirm.js';
import * as enStatus from './messages/en/status.js';
import * as enDone from './messages/en/done.js';
import * as enLarge from './messages/en/large.js';
import * as enWithdraw from './messages/en/withdraw.js';
import type { Locale } from './locale.js';
import type { MessageTable } from './keys.js';

const zh = [zhCore, zhFaq, zhPrepare, zhReason, zhVerify, zhConfirm, zhStatus, zhDone, zhLarge, zhWithdraw];
const en = [enCore, enFaq, enPrepare, enReason, enVerify, enConfirm, enStatus, enDone, enLarge, enWithdraw];

export const ALL_MESSAGES: Readonly<Record<Locale, MessageTable>> = {
  'zh-CN': Object.assign({ ...bootMessages['zh-CN'] }, ...zh.map((m) => m.messages)) as MessageTable,
  en: Object.assign({ ...bootMessages.en }, ...en.map((m) => m.messages)) as MessageTable,
};

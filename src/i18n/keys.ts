/** Every message key, from every table, as a type only: importing this file loads no strings. */
import type { BootKey } from './messages/boot.js';
import type { CoreKey } from './messages/zh-CN/core.js';
import type { FaqKey } from './messages/zh-CN/faq.js';
import type { PrepareKey } from './messages/zh-CN/prepare.js';
import type { ReasonKey } from './messages/zh-CN/reason.js';
import type { VerifyKey } from './messages/zh-CN/verify.js';
import type { ConfirmKey } from './messages/zh-CN/confirm.js';
import type { StatusKey } from './messages/zh-CN/status.js';
import type { DoneKey } from './messages/zh-CN/done.js';
import type { LargeKey } from './messages/zh-CN/large.js';
import type { WithdrawKey } from './messages/zh-CN/withdraw.js';

export type MessageKey =
  BootKey | CoreKey | FaqKey | PrepareKey | ReasonKey | VerifyKey | ConfirmKey | StatusKey | DoneKey | LargeKey | WithdrawKey;

export type MessageTable = Record<MessageKey, string>;

/** Every message key, from every table, as a type only: importing this file loads no strings. */
import type { coreMessages } from './messages/core.js';
import type { prepareMessages } from './messages/prepare.js';
import type { reasonMessages } from './messages/reason.js';
import type { verifyMessages } from './messages/verify.js';
import type { confirmMessages } from './messages/confirm.js';
import type { statusMessages } from './messages/status.js';
import type { doneMessages } from './messages/done.js';

type KeysOf<T extends { 'zh-CN': object }> = keyof T['zh-CN'];

export type MessageKey =
  | KeysOf<typeof coreMessages>
  | KeysOf<typeof prepareMessages>
  | KeysOf<typeof reasonMessages>
  | KeysOf<typeof verifyMessages>
  | KeysOf<typeof confirmMessages>
  | KeysOf<typeof statusMessages>
  | KeysOf<typeof doneMessages>;

export type MessageTable = Record<MessageKey, string>;

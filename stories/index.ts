/** Every stories module, for the axe test (Storybook itself finds them by the glob in .storybook/main.ts). */
export * as Blocking from './blocking.stories.js';
export * as Confirm from './confirm.stories.js';
export * as Done from './done.stories.js';
export * as Ended from './ended.stories.js';
export * as Fairness from './fairness.stories.js';
export * as Flow from './flow.stories.js';
export * as Large from './large.stories.js';
export * as Loading from './loading.stories.js';
export * as OneClick from './one-click.stories.js';
export * as Prepare from './prepare.stories.js';
export * as Reason from './reason.stories.js';
export * as ReceiptSend from './receipt-send.stories.js';
export * as ServiceErrors from './service-errors.stories.js';
export * as Status from './status.stories.js';
export * as Themes from './themes.stories.js';
export * as Verify from './verify.stories.js';
export * as Withdraw from './withdraw.stories.js';

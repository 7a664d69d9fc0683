/** Strings for taking a request back (withdrawing it) on `status` and `done`. Keys start with `withdraw.`. */
import type { WithdrawKey } from '../zh-CN/withdraw.js';

export const messages: Record<WithdrawKey, string> = {
  'withdraw.title': 'Changed your mind?',
  'withdraw.intro': 'Your unsubscribe has not taken effect yet. You can withdraw your request until {time} ({zone}).',
  'withdraw.action': 'Withdraw my request',
  'withdraw.confirm.title': 'Withdraw your request to unsubscribe?',
  'withdraw.confirm.body': '{product} will carry on as before, with the same plan, data and settings.',
  'withdraw.confirm.free': 'Withdrawing costs nothing. No refund will be paid for this request.',
  'withdraw.confirm.yes': 'Yes, withdraw it',
  'withdraw.confirm.no': 'No, go on with unsubscribing',
  'withdraw.done.body':
    'You have withdrawn your request to unsubscribe. {product} carries on as before, with the same plan, data and settings. Withdrawing cost nothing.',
  'withdraw.done.at': 'Withdrawn on {time} ({zone})',
};

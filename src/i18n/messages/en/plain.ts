/** Plain wording for the large appearance (see ../zh-CN/plain.ts): the same keys, in short sentences. */
import type { MessageKey } from '../../keys.js';

export const messages: Partial<Record<MessageKey, string>> = {
  'prepare.notYou': 'Not your account? Please stop here.',
  'prepare.notYou.hotline': 'Not your account? Please stop here. You can call us on {hotline}.',
  'prepare.data.kept': 'After it stops, your files are kept for {days} days. Then they are deleted for good.',
  'prepare.data.keptOneDay': 'After it stops, your files are kept for 1 day. Then they are deleted for good.',
  'prepare.data.erased': 'When it stops, your files are deleted for good at once.',
  'prepare.backup.intro': 'Save what you want to keep to your own computer, phone or a USB stick first:',
  'prepare.backup.software': 'programs you installed and their settings (such as activation codes and sign-ins)',
  'verify.intro': 'First, please show us it is really you.',
  'confirm.intro': 'Please check the details below. If they are right, press Confirm unsubscribe.',
  'confirm.quote.arrivalHint': 'Only working days count, not public holidays.',
  'confirm.submitHint': 'When you confirm, we start at once.',
};

/** Strings only the large appearance shows: the way to reach a person on every step. Keys start with `large.`. */
import type { LargeKey } from '../zh-CN/large.js';

export const messages: Record<LargeKey, string> = {
  'large.help.title': 'Need help?',
  'large.help.intro': 'If anything is unclear, a member of our team can help you.',
  'large.help.call': 'Call us on {hotline}',
  'large.help.chat': 'Chat with us online',
};

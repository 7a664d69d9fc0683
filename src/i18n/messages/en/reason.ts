/** Strings of the `reason` step. Keys start with `reason.`. */
import type { ReasonKey } from '../zh-CN/reason.js';

export const messages: Record<ReasonKey, string> = {
  'reason.legend.one': 'Your reason for leaving',
  'reason.legend.many': 'Your reasons for leaving',
  'reason.hint.one': 'Select one.',
  'reason.hint.any': 'Select all that apply.',
  'reason.hint.upTo': 'Select up to {max}.',
  'reason.needsComment': 'If you select this, you need to tell us more below',
  'reason.comment.label': 'Tell us more',
  'reason.comment.hint': 'What you tell us helps us improve. Do not include passwords, codes or other personal details.',
  'reason.comment.required':
    'You selected “{reason}”, so you need to tell us more. Do not include passwords, codes or other personal details.',
  'reason.offer.eyebrow': 'An offer for you',
  'reason.offer.fallbackTitle': 'Stay with a special offer',
  'reason.offer.note': 'If you accept, you will not be unsubscribed and your service carries on.',
  'reason.offer.accept': 'Accept the offer and stay',
  'reason.offer.decline': 'No thanks, continue unsubscribing',
  'reason.offer.announce': 'An offer for you: {title}',
};

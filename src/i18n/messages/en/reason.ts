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
  'reason.offer.pause.title': 'Pause instead, and keep your data',
  'reason.offer.pause.body':
    'Your cloud PC and everything on it stay as they are. You pay no subscription while it is paused, and it starts again by itself.',
  'reason.offer.pause.legend': 'How long to pause',
  'reason.offer.pause.choice': '{count} months, billing starts again on {date}',
  'reason.offer.pause.choiceOne': '1 month, billing starts again on {date}',
  'reason.offer.pause.fee': 'While it is paused, keeping your data costs {price} a month.',
  'reason.offer.pause.free': 'Nothing is charged while it is paused.',
  'reason.offer.pause.accept': 'Pause, do not unsubscribe',
  'reason.offer.downgrade.title': 'Switch to a cheaper plan',
  'reason.offer.downgrade.body': 'Move to {plan} at {price} from {date} (you pay {current} now).',
  'reason.offer.downgrade.losses': 'What you give up:',
  'reason.offer.downgrade.accept': 'Switch plan, do not unsubscribe',
};

/** Strings of the `prepare` step. Keys start with `prepare.`. */
import type { PrepareKey } from '../zh-CN/prepare.js';

export const messages: Record<PrepareKey, string> = {
  'prepare.summary.title': 'What you are unsubscribing from',
  'prepare.account.withPhone': '{name} ({phone})',
  'prepare.account.id': 'Account ID: {id}',
  'prepare.period': '{start} to {end} ({zone})',
  'prepare.notYou': 'Not your account? Do not go on. Sign out and unsubscribe from your own account.',
  'prepare.notYou.hotline': 'Not your account? Do not go on. Sign out and unsubscribe from your own account, or call us on {hotline}.',
  'prepare.effect.title': 'What happens when you unsubscribe',
  'prepare.effect.choice': 'Your cloud PC stops and you can no longer sign in to it. You choose when on the check page:',
  'prepare.effect.immediately': 'Your cloud PC stops now, and you pay an early cancellation penalty of {penalty}',
  'prepare.effect.immediatelyNoPenalty': 'Your cloud PC stops now',
  'prepare.effect.end-of-term': 'You can use your cloud PC until {end} ({zone})',
  'prepare.effect.only.immediately': 'When you unsubscribe, your cloud PC stops straight away and you can no longer sign in to it.',
  'prepare.effect.only.end-of-term':
    'When you unsubscribe, you can use your cloud PC until {end} ({zone}). Then it stops and you can no longer sign in to it.',
  'prepare.effect.penalty': 'You pay an early cancellation penalty of {penalty}.',
  'prepare.data.important': 'Important: ',
  'prepare.data.kept':
    'After the service stops, the data on your cloud PC is kept for {days} days, then erased for good. It cannot be recovered.',
  'prepare.data.keptOneDay':
    'After the service stops, the data on your cloud PC is kept for 1 day, then erased for good. It cannot be recovered.',
  'prepare.data.erased': 'When the service stops, the data on your cloud PC is erased at once. It cannot be recovered.',
  'prepare.data.erasedLater': 'After the service stops, the data on your cloud PC will be erased. Once erased, it cannot be recovered.',
  'prepare.refund': 'How a refund is paid: {method}. The check page shows the exact amount, line by line.',
  'prepare.refundNoPenalty': 'How a refund is paid: {method}. There is no penalty. The check page shows the exact amount, line by line.',
  'prepare.backup.title': 'Back up your data first',
  'prepare.backup.intro': 'Copy anything you want to keep from your cloud PC to your own computer, an external drive or cloud storage:',
  'prepare.backup.documents': 'documents (such as Word, Excel and PDF files)',
  'prepare.backup.pictures': 'pictures and photos',
  'prepare.backup.videos': 'videos',
  'prepare.backup.software': 'installed software and its settings (such as licences, activation codes, sign-ins and preferences)',
  'prepare.backup.ack': 'I have backed up everything I want to keep',
  'prepare.terms.heading': '{title} (version {version})',
  'prepare.terms.intro': 'What the agreement says about unsubscribing:',
  'prepare.terms.link': 'Read the full agreement: {title}',
  'prepare.terms.ack': 'I have read and understood the cancellation terms',
};

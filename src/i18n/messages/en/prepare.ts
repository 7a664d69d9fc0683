/** Strings of the `prepare` step. Keys start with `prepare.`. */
import type { PrepareKey } from '../zh-CN/prepare.js';

export const messages: Record<PrepareKey, string> = {
  'prepare.summary.title': 'What you are unsubscribing from',
  'prepare.summary.intro': 'Check that this is your account and the service you want to cancel.',
  'prepare.account.withPhone': '{name} ({phone})',
  'prepare.account.id': 'Account ID: {id}',
  'prepare.period': '{start} to {end} ({zone})',
  'prepare.notYou': 'Not your account? Do not go on. Sign out and unsubscribe from your own account.',
  'prepare.notYou.hotline': 'Not your account? Do not go on. Sign out and unsubscribe from your own account, or call us on {hotline}.',
  'prepare.when': '{time}, {zone}',
  'prepare.data.title': 'What happens to your cloud PC data',
  'prepare.data.important': 'Important: ',
  'prepare.data.stop.choice':
    'When you unsubscribe, your cloud PC stops and you can no longer sign in to it. On a later page you choose whether it stops straight away or at the end of the current billing period ({end}).',
  'prepare.data.stop.immediately': 'When you unsubscribe, your cloud PC stops straight away and you can no longer sign in to it.',
  'prepare.data.stop.end-of-term':
    'When you unsubscribe, your cloud PC stops at the end of the current billing period ({end}). After that you can no longer sign in to it.',
  'prepare.data.kept':
    'After the service stops, the data on your cloud PC is kept for {days} days, then erased for good. It cannot be recovered.',
  'prepare.data.keptOneDay':
    'After the service stops, the data on your cloud PC is kept for 1 day, then erased for good. It cannot be recovered.',
  'prepare.data.erased': 'When the service stops, the data on your cloud PC is erased for good straight away. It cannot be recovered.',
  'prepare.backup.title': 'Back up your data first',
  'prepare.backup.intro': 'Copy anything you want to keep from your cloud PC to your own computer, an external drive or cloud storage:',
  'prepare.backup.documents': 'documents (such as Word, Excel and PDF files)',
  'prepare.backup.pictures': 'pictures and photos',
  'prepare.backup.videos': 'videos',
  'prepare.backup.software': 'installed software and its settings (such as licences, activation codes, sign-ins and preferences)',
  'prepare.backup.ack': 'I have backed up everything I want to keep',
  'prepare.terms.heading': '{title} (version {version})',
  'prepare.terms.intro': 'Before you unsubscribe, note these points:',
  'prepare.terms.penalty': 'Cancellation penalty',
  'prepare.terms.noPenalty': 'No penalty',
  'prepare.terms.refundMethod': 'How the refund is paid',
  'prepare.terms.quoteLater': 'You will see the exact refund, line by line, before you confirm. Nothing is sent until then.',
  'prepare.terms.link': 'Read the full agreement: {title}',
  'prepare.terms.ack': 'I have read and understood the cancellation terms',
};

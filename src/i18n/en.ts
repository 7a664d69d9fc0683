import type { MessageTable } from './zh-CN.js';

export const en: MessageTable = {
  'widget.label': 'Unsubscribe from {product}',
  'widget.loading': 'Loading your subscription…',
  'step.prepare': 'Before you unsubscribe',
  'step.reason': 'Why are you leaving?',
  'step.verify': 'Confirm it is you',
  'step.confirm': 'Check your answers',
  'step.one-click': 'Unsubscribe in one step',
  'step.status': 'Request received',
  'step.done': 'Unsubscribed',
  'progress.stepOf': 'Step {current} of {total}',
  'summary.account': 'Account',
  'summary.product': 'Product',
  'summary.plan': 'Plan',
  'summary.price': 'Price',
  'summary.period': 'Current billing period',
  'blocked.login-required': 'Please sign in to unsubscribe.',
  'blocked.nothing-to-unsubscribe': 'There is nothing to unsubscribe.',
  'blocked.unreachable': 'We cannot reach the service right now. Everything you entered has been kept.',
  'blocked.invalid-data': 'The service sent information we cannot use, so we cannot go on for now.',
  'blocked.configuration':
    'The unsubscribe service is set up wrongly: face recognition cannot be the only way to confirm who you are. Please contact support.',
  'blocked.no-adapter': 'The unsubscribe widget is not connected to a service.',
  'action.retry': 'Try again',
  'action.keep': 'Keep my subscription',
  'timezone.beijing': 'Beijing time',
};

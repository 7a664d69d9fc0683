/** What every widget story shares: its controls, and an operator configuration with an offer. */
import type { ArgTypes } from '@storybook/web-components-vite';
import type { UnsubscribeOptions } from '../../src/options/index.js';

/**
 * The controls every widget story shares. Storybook makes a control of every attribute and
 * property it reads in custom-elements.json; the widget's stories run on their own mock, in the
 * toolbar's language, so only `mode` is a control. The rest stay in the docs table, documented,
 * without a control that would do nothing (or, for the language, say one thing while the toolbar
 * says another).
 */
export const WIDGET_ARG_TYPES: ArgTypes = {
  mode: { control: 'inline-radio', options: ['guided', 'one-click'], description: 'Guided steps or 一键退订 on one screen.' },
  locale: { control: false, description: 'UI language. In Storybook it is set in one place for every story: the toolbar’s Locale.' },
  ...Object.fromEntries(
    [
      'api-base',
      'apiBase',
      'subscription-id',
      'subscriptionId',
      'demo',
      'persist',
      'history',
      'step',
      'adapter',
      'messages',
      'options',
    ].map((name) => [name, { control: false }]),
  ),
};

/** An operator configuration whose first reason carries a retention offer. */
export const OFFER_OPTIONS: UnsubscribeOptions = {
  reasons: [
    { id: 'too-expensive', label: { 'zh-CN': '费用过高', en: 'Too expensive' }, offerId: 'half-price' },
    { id: 'rarely-used', label: { 'zh-CN': '使用频率低', en: 'I rarely use it' } },
  ],
  offers: [
    {
      id: 'half-price',
      title: { 'zh-CN': '续订三个月半价', en: 'Half price for three months' },
      description: {
        'zh-CN': '保留云电脑，接下来三个月每月仅需 24.50 元。',
        en: 'Keep your cloud PC for ¥24.50 a month for the next three months.',
      },
    },
  ],
};

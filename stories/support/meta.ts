/** The controls every widget story shares: the element's own attributes that make sense with a mock. */
import type { ArgTypes } from '@storybook/web-components-vite';
import type { UnsubscribeOptions } from '../../src/options/index.js';
import type { WidgetArgs } from './widget.js';

export const WIDGET_ARG_TYPES: Partial<ArgTypes<WidgetArgs>> = {
  locale: { control: 'inline-radio', options: ['zh-CN', 'en'], description: 'UI language (the toolbar’s Locale overrides it).' },
  mode: { control: 'inline-radio', options: ['guided', 'one-click'], description: 'Guided steps or 一键退订 on one screen.' },
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

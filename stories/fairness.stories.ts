import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { UnsubscribeOptions } from '../src/options/index.js';
import { drawFairnessReport, fairnessRegion } from './support/fairness-report.js';
import { OFFER_OPTIONS, WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { reach, widgetIn, type Target } from './support/reach.js';
import { DEFAULT_ARGS, widget, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Overview/Fairness',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

/**
 * Options a pushy operator might set: a second offer against the clock, a comment demanded for a
 * named reason, and a sign-up that takes two steps.
 */
const PUSHY_OPTIONS: UnsubscribeOptions = {
  ...OFFER_OPTIONS,
  reasons: [
    { id: 'too-expensive', label: { 'zh-CN': '费用过高', en: 'Too expensive' }, offerId: 'half-price' },
    { id: 'rarely-used', label: { 'zh-CN': '使用频率低', en: 'I rarely use it' }, offerId: 'last-chance', requiresComment: true },
  ],
  offers: [
    ...(OFFER_OPTIONS.offers ?? []),
    {
      id: 'last-chance',
      title: { 'zh-CN': '限时优惠，今天截止', en: 'Last chance: ends today' },
      description: { 'zh-CN': '再送一个月。', en: 'One more month free.' },
    },
  ],
  signUpSteps: 2,
};

/** A theme that makes "keep" a big filled button beside a plain 继续: visual weight against leaving. */
const PUSHY_THEME = `
  .pushy cloudpc-unsubscribe::part(link-action) {
    background: #0052a3; color: #ffffff; text-decoration: none; font-size: 1.25rem; padding: 0.75rem 2rem; border-radius: 8px;
  }
  .pushy cloudpc-unsubscribe::part(primary-action) {
    background: transparent; color: inherit; border: 0; text-decoration: underline;
  }
`;

function reportStory(o: { options?: UnsubscribeOptions; target: Target; theme?: string }): StoryObj<WidgetArgs> {
  return {
    render: (args, context) =>
      html`${
          o.theme
            ? html`<style>
                ${o.theme}
              </style>`
            : ''
        }
        <div class=${o.theme ? 'pushy' : ''}>${widget(args, context, storyMock(), o.options)}</div>
        ${fairnessRegion}`,
    play: async ({ canvasElement, args }) => {
      const el = widgetIn(canvasElement);
      await reach(el, o.target);
      drawFairnessReport(canvasElement, el, o.options, args.mode);
    },
  };
}

/**
 * The widget as it comes, with one offer: every rule kept. The report under the widget is what
 * the conformance check (`--options`) says of the same options, plus the buttons as drawn here.
 */
export const Fair = reportStory({ options: OFFER_OPTIONS, target: 'reason' });

/** The same rules broken by options and a theme: two offers, one against the clock, a comment as a toll, "keep" heavier than 继续, more steps out than in. */
export const Pushy = reportStory({ options: PUSHY_OPTIONS, target: 'reason', theme: PUSHY_THEME });

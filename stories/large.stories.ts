import type { Meta } from '@storybook/web-components-vite';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Overview/Large appearance',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

/**
 * `appearance="large"`, for older subscribers (适老化): 20 px text at the default root size, 60 px
 * targets, 7:1 colours, plain wording, and on every screen a box that calls the hotline or opens
 * the chat in one press. README, "Large appearance", has the figures and their sources.
 */
export const Prepare = stateStory({ adapter: () => storyMock(), target: 'loaded', appearance: 'large' });

/** The code is on its way: the field, its countdown and the help box. */
export const VerifyCodeSent = stateStory({ adapter: () => storyMock(), target: 'sms-sent', appearance: 'large' });

/** The check page: the refund in large text, plain wording above 确认退订. */
export const Confirm = stateStory({ adapter: () => storyMock(), target: 'confirm', appearance: 'large' });

/** The end: the receipt, the contacts and the help box. */
export const Done = stateStory({
  adapter: () => storyMock({ statusTimeline: { processingAfterMs: 0, doneAfterMs: 0 } }),
  target: 'done',
  appearance: 'large',
});

/** One-click was asked for, but the large appearance shows one step per screen: the run starts on `prepare`. */
export const OneClickAskedFor = stateStory({ adapter: () => storyMock(), target: 'loaded', appearance: 'large', mode: 'one-click' });

/** A hotline that is not a number (opening hours, a counter): shown as text, with no call link; no chat link in the context. */
export const HotlineAsText = stateStory({
  adapter: () => storyMock({ context: { support: { hotline: '请到就近营业厅办理 / Visit a branch', chatUrl: undefined } } }),
  target: 'loaded',
  appearance: 'large',
});

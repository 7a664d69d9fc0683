/**
 * How every story renders the widget and reaches its state: the element in the toolbar's language
 * with the `mode` control, always `persist="none"` so a story never resumes another's flow, and
 * `history="none"` so stories on one docs page never write to its history.
 */
import { html, type TemplateResult } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import '../../src/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { FlowMode } from '../../src/flow/types.js';
import { isLocale, type Locale } from '../../src/i18n/index.js';
import type { UnsubscribeOptions } from '../../src/options/index.js';
import { reach, widgetIn, type Target } from './reach.js';

/** What a story's controls set. The language is not one of them: it is the toolbar's (one place). */
export interface WidgetArgs {
  mode: FlowMode;
}

export const DEFAULT_ARGS: WidgetArgs = { mode: 'guided' };

/** The part of Storybook's context a render reads (the axe test passes just this). */
export interface RenderContext {
  globals: Record<string, unknown>;
}

/** The widget's language: the toolbar's Locale, zh-CN until one is picked. */
export function localeOf(context: RenderContext): Locale {
  return isLocale(context.globals['locale']) ? context.globals['locale'] : 'zh-CN';
}

export function widget(
  args: WidgetArgs,
  context: RenderContext,
  adapter: UnsubscribeAdapter | undefined,
  options?: UnsubscribeOptions,
): TemplateResult {
  return html`<cloudpc-unsubscribe
    locale=${localeOf(context)}
    mode=${args.mode}
    persist="none"
    history="none"
    .adapter=${adapter}
    .options=${options}
  ></cloudpc-unsubscribe>`;
}

export interface StateStory {
  /** A fresh back end for each render (the story's one mock). */
  adapter: () => UnsubscribeAdapter | undefined;
  /** Where `play` takes the widget. */
  target: Target;
  options?: UnsubscribeOptions;
  mode?: FlowMode;
  name?: string;
  /** Story-level globals, such as the phone viewport for a story about phones. */
  globals?: Record<string, unknown>;
}

/** A story that mounts the widget on its own mock and clicks through to one state. */
export function stateStory(s: StateStory): StoryObj<WidgetArgs> {
  return {
    ...(s.name ? { name: s.name } : {}),
    ...(s.mode ? { args: { mode: s.mode } } : {}),
    ...(s.globals ? { globals: s.globals } : {}),
    render: (args, context) => widget(args, context, s.adapter(), s.options),
    play: async ({ canvasElement }) => reach(widgetIn(canvasElement), s.target),
  };
}

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { schemeStyle } from './support/schemes.js';
import { reach, widgetIn, type Target } from './support/reach.js';
import { DEFAULT_ARGS, widget, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Overview/Themes',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

/**
 * What a host page can restyle, and nothing else: public custom properties and `::part()`.
 * China Mobile blue (#0085d0) is only 4.0:1 against white, under AA for text, so the CMCC theme
 * keeps it for the header rule and the focus ring and uses a darker shade (#0077c0, 4.8:1) for
 * buttons and links.
 */
const THEME_CSS = `
  .theme-gallery { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); }
  .theme-gallery h3 { font: 600 1rem system-ui, sans-serif; margin: 0 0 0.5rem; }
  .theme-row + .theme-row { margin-top: 2rem; }
  .theme-row__title { font: 600 1.25rem system-ui, sans-serif; margin: 0 0 0.75rem; }
  .theme--cmcc cloudpc-unsubscribe {
    --cloudpc-color-accent: #0077c0;
    --cloudpc-color-notice: #e6f3fb;
    --cloudpc-radius: 4px;
    --cloudpc-focus-ring: 3px solid #0085d0;
  }
  .theme--cmcc cloudpc-unsubscribe::part(header) { border-bottom: 4px solid #0085d0; }
  .theme--partner cloudpc-unsubscribe {
    --cloudpc-color-accent: #00796b;
    --cloudpc-color-notice: #e0f2f1;
    --cloudpc-radius: 16px;
    --cloudpc-font-family: Georgia, 'Songti SC', 'Noto Serif CJK SC', serif;
  }
  .theme--partner cloudpc-unsubscribe::part(primary-action) { border-radius: 999px; letter-spacing: 0.05em; }
  .theme--partner cloudpc-unsubscribe::part(container) { box-shadow: 0 4px 16px rgb(0 0 0 / 12%); }
`;

/** Each panel sets its own base scheme, so the toolbar's scheme does not mix into a theme. */
const THEMES = [
  { id: 'default', title: 'Default', style: schemeStyle('light') },
  { id: 'dark', title: 'Dark', style: schemeStyle('dark') },
  { id: 'cmcc', title: 'China Mobile blue', style: schemeStyle('light') },
  { id: 'partner', title: 'Partner (custom properties and ::part only)', style: schemeStyle('light') },
];

/** The steps a theme is seen on: the first screen, a form with its countdown, the check page, the end. */
const STEPS: ReadonlyArray<{ title: string; target: Target }> = [
  { title: 'Prepare', target: 'loaded' },
  { title: 'Verify: code sent', target: 'sms-sent' },
  { title: 'Confirm: the refund', target: 'confirm' },
  { title: 'Done', target: 'done' },
];

const AT_ONCE = { processingAfterMs: 0, doneAfterMs: 0 };

/** Every theme on several steps: one row per step, one column per theme. */
export const Gallery: StoryObj<WidgetArgs> = {
  // Four themes side by side need a desktop's width.
  globals: { viewport: { value: 'desktop', isRotated: false } },
  render: (args, context) =>
    html`<style>
        ${THEME_CSS}
      </style>
      ${STEPS.map(
        (step) =>
          html`<section class="theme-row" aria-labelledby="theme-row-${step.target}">
            <h2 id="theme-row-${step.target}" class="theme-row__title">${step.title}</h2>
            <div class="theme-gallery">
              ${THEMES.map(
                (theme) =>
                  html`<section class="theme--${theme.id}" style=${theme.style} aria-label="${theme.title}: ${step.title}">
                    <h3>${theme.title}</h3>
                    <div data-target=${step.target}>${widget(args, context, storyMock({ statusTimeline: AT_ONCE }))}</div>
                  </section>`,
              )}
            </div>
          </section>`,
      )}`,
  play: async ({ canvasElement }) => {
    const cells = [...canvasElement.querySelectorAll<HTMLElement>('[data-target]')];
    await Promise.all(cells.map((cell) => reach(widgetIn(cell), cell.dataset['target'] as Target)));
  },
};

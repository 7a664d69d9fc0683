/** The Storybook fairness report: the rules of src/flow/fairness.ts over a story's options and its buttons as drawn. */
import { expect, fixture } from '@open-wc/testing';
import * as fairness from '../../stories/fairness.stories.js';
import { installStoryClock } from '../../stories/support/clock.js';
import { withScheme } from '../../stories/support/schemes.js';
import { DEFAULT_ARGS, type WidgetArgs } from '../../stories/support/widget.js';

interface ReportStory {
  render: (args: WidgetArgs, context: { globals: Record<string, unknown> }) => unknown;
  play: (context: { canvasElement: HTMLElement; args: WidgetArgs }) => Promise<void>;
}

async function reportOf(story: ReportStory, locale: string): Promise<{ rules: Record<string, string>; text: string }> {
  const canvas = await fixture<HTMLElement>(withScheme('light', story.render(DEFAULT_ARGS, { globals: { locale } })));
  await story.play({ canvasElement: canvas, args: DEFAULT_ARGS });
  const region = canvas.querySelector('[data-fairness-report]')!;
  const rules = Object.fromEntries([...region.querySelectorAll('li')].map((li) => [li.dataset['rule'], li.dataset['ok']]));
  return { rules: rules as Record<string, string>, text: region.textContent?.replace(/\s+/g, ' ') ?? '' };
}

describe('the fairness report in Storybook', () => {
  let undo: () => void = () => undefined;
  before(() => (undo = installStoryClock()));
  after(() => undo());

  for (const locale of ['zh-CN', 'en']) {
    it(`finds nothing unfair in the widget as it comes with one offer (${locale})`, async function () {
      this.timeout(20_000);
      const { rules, text } = await reportOf(fairness.Fair as ReportStory, locale);
      expect(text).to.contain('No dark pattern found.');
      expect(rules['one-offer']).to.equal('true');
      expect(rules['equal-weight'], 'continue and keep were measured').to.equal('true');
    });

    it(`names what the pushy options and theme break (${locale})`, async function () {
      this.timeout(20_000);
      const { rules, text } = await reportOf(fairness.Pushy as ReportStory, locale);
      expect(rules).to.include({
        'one-offer': 'false',
        'equal-weight': 'false',
        'no-required-survey': 'false',
        'no-countdown-pressure': 'false',
        'no-harder-than-sign-up': 'false',
      });
      expect(text).to.contain('the way to stay is a filled button and the way out is not');
    });
  }
});

/**
 * Every story is checked by axe (WCAG 2.2 A and AA rules), in both locales and both schemes:
 * the stories are the widget's documented examples, so each must be usable by everyone.
 * A story is rendered the way Storybook renders it (meta and story args merged, the story's or
 * the meta's render, the scheme wrapper the preview's decorator uses), then its `play` clicks
 * through to the state it shows.
 */
import { expect, fixture } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import type { TemplateResult } from 'lit';
import * as stories from '../../stories/index.js';
import { installStoryClock } from '../../stories/support/clock.js';
import { GLOBAL_TYPES, INITIAL_GLOBALS, VIEWPORTS } from '../../stories/support/globals.js';
import { settled } from '../../stories/support/reach.js';
import { SCHEMES, withScheme } from '../../stories/support/schemes.js';
import type { RenderContext, WidgetArgs } from '../../stories/support/widget.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { Locale } from '../../src/i18n/index.js';

/** What the test needs of a CSF module; Storybook's own types are wider than it uses. */
interface StoryLike {
  args?: Partial<WidgetArgs>;
  argTypes?: Record<string, { control?: unknown }>;
  render?: (args: WidgetArgs, context: RenderContext) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement; args: WidgetArgs }) => Promise<void>;
}
interface StoryModule {
  default: StoryLike & { title: string };
  [name: string]: unknown;
}

const AXE_OPTIONS: RunOptions = {
  // chai-a11y-axe's `accessible()` takes only ignoredRules / ignoredTags and runs every rule,
  // best practices included; the bar here is WCAG 2.2 AA, so axe is called with its tags.
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
};

async function axeRun(node: Element): Promise<AxeResults> {
  // axe's browser build registers itself on window (as chai-a11y-axe loads it); it ships no types.
  // @ts-expect-error -- no declaration for the side-effect build
  await import('axe-core/axe.min.js');
  const { axe } = globalThis as unknown as { axe: { run(node: Element, options: RunOptions): Promise<AxeResults> } };
  return axe.run(node, AXE_OPTIONS);
}

function describeViolations(results: AxeResults): string {
  return results.violations
    .map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.html}`).join('\n')}`)
    .join('\n');
}

/** Every named export of every module: the stories, with their meta. */
function allStories(): Array<{ title: string; name: string; meta: StoryModule['default']; story: StoryLike }> {
  return Object.values(stories as unknown as Record<string, StoryModule>).flatMap((mod) =>
    Object.entries(mod)
      .filter(([name]) => name !== 'default')
      .map(([name, story]) => ({ title: mod.default.title, name, meta: mod.default, story: story as StoryLike })),
  );
}

describe('every story passes axe (WCAG 2.2 AA)', () => {
  let undoClock: () => void = () => undefined;
  before(() => {
    // A hidden page gets no animation frames, and fixture() waits for one (each story's root is
    // a plain scheme wrapper, not a Lit element): every test would time out, one by one, until
    // the runner gave up on the file. Say why at once instead (see web-test-runner.config.mjs).
    if (document.visibilityState !== 'visible') {
      throw new Error(`the test page is ${document.visibilityState}: it gets no animation frames, so every fixture() would hang`);
    }
    undoClock = installStoryClock();
  });
  after(() => {
    undoClock();
  });

  const list = allStories();
  it('finds the stories', () => {
    expect(list.length).to.be.greaterThan(25);
  });

  it('has the moments a designer asks for', () => {
    const names = list.map(({ title, name }) => `${title} / ${name}`);
    for (const wanted of [
      'Steps/One-click / AfterVerification',
      'Steps/Verify / FaceOnPhone',
      'Steps/Status / TurnsDone',
      'States/Ended / Kept',
      'Steps/Reason / OfferShown',
      'Overview/Themes / Gallery',
    ]) {
      expect(names, wanted).to.include(wanted);
    }
  });

  it('opens every story on a phone, with a desktop beside it in the toolbar', () => {
    expect(INITIAL_GLOBALS.viewport.value).to.equal('phone');
    expect(VIEWPORTS.phone.styles.width).to.equal('390px');
    expect(VIEWPORTS.desktop.type).to.equal('desktop');
  });

  it('sets the language in one place: no story or meta has a locale arg or a locale control', () => {
    expect(GLOBAL_TYPES['locale']?.toolbar?.items.map((item) => (typeof item === 'string' ? item : item.value))).to.deep.equal([
      'zh-CN',
      'en',
    ]);
    for (const { title, name, meta, story } of list) {
      expect(Object.keys({ ...meta.args, ...story.args }), `${title} / ${name}`).not.to.include('locale');
      expect(meta.argTypes?.['locale']?.control, `${title}: the locale row has no control`).to.equal(false);
    }
  });

  for (const { title, name, meta, story } of list) {
    for (const locale of ['zh-CN', 'en'] as Locale[]) {
      for (const scheme of SCHEMES) {
        it(`${title} / ${name} (${locale}, ${scheme})`, async () => {
          const args = { ...meta.args, ...story.args } as WidgetArgs;
          const render = story.render ?? meta.render;
          if (!render) throw new Error(`${title} / ${name} has no render`);
          // The language comes from the toolbar, as in Storybook (stories/support/widget.ts).
          const canvas = await fixture<HTMLElement>(withScheme(scheme, render(args, { globals: { locale } })));
          if (story.play) await story.play({ canvasElement: canvas, args });
          else for (const el of canvas.querySelectorAll<CloudpcUnsubscribe>('cloudpc-unsubscribe')) await settled(el);
          const results = await axeRun(canvas);
          expect(results.violations.length, describeViolations(results)).to.equal(0);
        });
      }
    }
  }
});

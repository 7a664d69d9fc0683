/**
 * Drives <cloudpc-unsubscribe> inside a framework-rendered page: finds the element the framework
 * created and walks its first step the way a subscriber does. Shared by the React and Vue tests.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../src/contract/adapter.js';
import type { Locale } from '../../src/i18n/index.js';
import type { KeepDetail, StepChangeDetail } from '../../src/index.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { click, root, setChecked, shownText, waitForStep } from '../element/drive.js';

/** The element the framework rendered into `container`, once it is there and on its first step. */
export async function widgetIn(container: Element): Promise<CloudpcUnsubscribe> {
  await waitUntil(() => container.querySelector('cloudpc-unsubscribe'), 'the framework did not render <cloudpc-unsubscribe>');
  const el = container.querySelector('cloudpc-unsubscribe')!;
  await waitForStep(el, 'prepare');
  return el;
}

function checkbox(el: CloudpcUnsubscribe, id: string): HTMLInputElement {
  const found = root(el).querySelector<HTMLInputElement>(`#${id}`);
  if (!found) throw new Error(`no checkbox #${id}`);
  return found;
}

/** prepare → reason: both acknowledgements, then Continue (`label` in the page's locale). */
export async function acknowledgeAndContinue(el: CloudpcUnsubscribe, label: string): Promise<void> {
  await setChecked(el, checkbox(el, 'cpu-backup'));
  await setChecked(el, checkbox(el, 'cpu-terms'));
  await click(el, label);
  await waitForStep(el, 'reason');
}

/** The step the host page shows, once it reads `step`. */
export async function hostShowsStep(container: Element, step: string): Promise<void> {
  await waitUntil(
    () => container.querySelector('.current-step')?.textContent === step,
    `the host page did not show step "${step}" (shows "${container.querySelector('.current-step')?.textContent ?? ''}")`,
  );
}

/** What each example page exports: mount the page with typed props and the host's event handlers. */
export type MountApp = (
  container: Element,
  props: {
    locale?: Locale;
    adapter?: UnsubscribeAdapter;
    onStepChange?: (detail: StepChangeDetail) => void;
    onKeep?: (detail: KeepDetail) => void;
  },
) => { unmount: () => void };

/**
 * The same behaviour asked of every framework's example page: properties set through the
 * framework reach the element as properties (the adapter is an object, which no attribute could
 * carry), and the element's events reach the page through the framework's own event binding.
 */
export function describeFrameworkExample(name: string, mountApp: MountApp): void {
  describe(name, () => {
    let container: HTMLDivElement;
    let app: { unmount: () => void } | undefined;

    beforeEach(() => {
      sessionStorage.clear();
      container = document.createElement('div');
      document.body.append(container);
    });

    afterEach(() => {
      app?.unmount();
      app = undefined;
      container.remove();
    });

    it('sets typed properties and receives cloudpc-step-change when a step is completed', async () => {
      const adapter = createMockAdapter({ latencyMs: 0 });
      const steps: StepChangeDetail[] = [];
      app = mountApp(container, { locale: 'en', adapter, onStepChange: (detail) => steps.push(detail) });
      const el = await widgetIn(container);

      expect(el.adapter, 'the adapter property').to.equal(adapter);
      expect(el.hasAttribute('adapter'), 'no adapter attribute').to.equal(false);
      expect(el.demo).to.equal(false);
      expect(el.locale).to.equal('en');
      expect(adapter.calls.map((call) => call.method)).to.include('loadContext');
      expect(shownText(el)).to.contain('Continue');
      await hostShowsStep(container, 'prepare');

      await acknowledgeAndContinue(el, 'Continue');

      expect(steps.at(-1)).to.deep.equal({ step: 'reason', previousStep: 'prepare' });
      expect(steps.map((detail) => detail.step)).to.deep.equal(['prepare', 'reason']);
      await hostShowsStep(container, 'reason');
    });

    it('receives cloudpc-keep when the subscriber keeps the subscription', async () => {
      const kept: KeepDetail[] = [];
      app = mountApp(container, { locale: 'zh-CN', adapter: createMockAdapter({ latencyMs: 0 }), onKeep: (detail) => kept.push(detail) });
      const el = await widgetIn(container);
      expect(el.locale).to.equal('zh-CN');

      await click(el, '不退订了，保留业务');

      expect(kept).to.deep.equal([{ step: 'prepare' }]);
      await waitUntil(() => container.querySelector('.kept'), 'the host page did not thank the subscriber');
    });
  });
}

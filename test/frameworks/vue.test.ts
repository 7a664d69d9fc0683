/**
 * The Vue 3 example page: properties set through the framework reach the element as properties
 * (the adapter is an object, which no attribute could carry), and the element's events reach the
 * page through the framework's own event binding (`onCloudpc*` listeners).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { mountApp } from '../../examples/vue/app.js';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { KeepDetail, StepChangeDetail } from '../../src/index.js';
import { click, shownText } from '../element/drive.js';
import { acknowledgeAndContinue, hostShowsStep, widgetIn } from './drive-app.js';

describe('Vue 3 example', () => {
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

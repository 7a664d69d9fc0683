import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMockAdapter } from '../../src/adapters/mock/index.js';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { HISTORY_KEY } from '../../src/flow/history.js';
import { choice, click, field, keepPageVisible, settled, waitForStep } from './drive.js';
import { COMMENT, walkTo } from './walk.js';

/** The widget's marker in the current history entry, if any. */
function marker(): { step: string; depth: number } | undefined {
  return (history.state as Record<string, { step: string; depth: number }> | null)?.[HISTORY_KEY];
}

function pageState(): Record<string, unknown> {
  return (history.state as Record<string, unknown> | null) ?? {};
}

/** The page the subscriber came from, then the portal page the widget sits on (both entries of this document). */
function portalEntries(): void {
  history.pushState({ page: 'previous' }, '');
  history.pushState({ page: 'portal' }, '');
}

async function mountWidget(attrs: { history?: 'steps' | 'none' } = {}): Promise<CloudpcUnsubscribe> {
  const el = await fixture<CloudpcUnsubscribe>(
    html`<cloudpc-unsubscribe
      persist="none"
      history=${attrs.history ?? 'steps'}
      .adapter=${createMockAdapter({ latencyMs: 0, verificationMethods: ['sms'] })}
    ></cloudpc-unsubscribe>`,
  );
  await settled(el);
  return el;
}

describe("the browser's Back button", () => {
  keepPageVisible();

  it('returns from reason to prepare with the answers kept, and Forward goes on again', async () => {
    portalEntries();
    const el = await mountWidget();
    await walkTo(el, 'reason');
    expect(marker()?.step).to.equal('reason');
    expect(pageState().page, "the page's own state is kept on the widget's entry").to.equal('portal');

    history.back();
    await waitForStep(el, 'prepare');
    expect(field(el, 'backup').checked).to.equal(true);
    expect(field(el, 'terms').checked).to.equal(true);

    history.forward();
    await waitForStep(el, 'reason');
    await walkTo(el, 'verify');
    history.back();
    await waitForStep(el, 'reason');
    await settled(el);
    expect(choice(el, '费用过高').checked).to.equal(true);
    expect(field<HTMLTextAreaElement>(el, 'comment').value).to.equal(COMMENT);
  });

  it("keeps the browser's Back going after the widget's own Back button, without a wasted press", async () => {
    portalEntries();
    const el = await mountWidget();
    await walkTo(el, 'verify');
    await click(el, '返回上一步');
    await waitForStep(el, 'reason');
    expect(marker()?.step).to.equal('reason');
    // Tapping on at once is safe: nothing from the widget's Back is still on its way.
    await click(el, '继续');
    await waitForStep(el, 'verify');
    history.back();
    await waitForStep(el, 'reason');
    history.back();
    await waitForStep(el, 'prepare');
  });

  it("after submitting, one Back leaves the widget's entries instead of returning to the steps before", async () => {
    portalEntries();
    const el = await mountWidget();
    await walkTo(el, 'status');
    expect(marker()?.step, 'the last entry shows the status').to.equal('status');
    history.back();
    await waitUntil(() => pageState().page === 'previous', 'Back did not leave the flow');
    expect(el.step).to.equal('status');
  });

  it('with history="none" writes nothing to the history and leaves Back to the page', async () => {
    portalEntries();
    const length = history.length;
    const el = await mountWidget({ history: 'none' });
    await walkTo(el, 'verify');
    expect(history.length).to.equal(length);
    expect(marker()).to.equal(undefined);
    history.back();
    await waitUntil(() => pageState().page === 'previous', 'Back did not reach the page before');
    expect(el.step).to.equal('verify');
  });
});

/**
 * A small history-based router, as a portal might have: `navigate` pushes `{ route }` with a
 * `#/route` URL; `popstate` renders the entry's route (and only when it changes).
 */
class TinyRouter {
  readonly rendered: string[] = [];
  private current: string | null = null;
  private readonly base = location.href.split('#')[0] as string;

  constructor(
    private readonly outlet: HTMLElement,
    private readonly routes: Record<string, () => HTMLElement>,
  ) {
    window.addEventListener('popstate', this.onPopState);
  }

  navigate(route: string): void {
    history.pushState({ route }, '', `${this.base}#/${route}`);
    this.render(route);
  }

  stop(): void {
    window.removeEventListener('popstate', this.onPopState);
    history.replaceState(null, '', this.base);
  }

  private readonly onPopState = (event: PopStateEvent): void => {
    this.render(((event.state as { route?: string } | null)?.route ?? 'home') as string);
  };

  private render(route: string): void {
    if (route === this.current) return;
    this.current = route;
    this.rendered.push(route);
    this.outlet.replaceChildren((this.routes[route] ?? this.routes.home)!());
  }
}

describe("the browser's Back button beside a router on the page", () => {
  keepPageVisible();
  let outlet: HTMLElement;
  let router: TinyRouter;

  beforeEach(() => {
    outlet = document.createElement('main');
    document.body.append(outlet);
    router = new TinyRouter(outlet, {
      home: () => Object.assign(document.createElement('p'), { textContent: 'Account' }),
      unsubscribe: () => {
        const el = document.createElement('cloudpc-unsubscribe');
        el.persist = 'none';
        el.adapter = createMockAdapter({ latencyMs: 0, verificationMethods: ['sms'] });
        return el;
      },
    });
  });

  afterEach(() => {
    router.stop();
    outlet.remove();
  });

  const widget = (): CloudpcUnsubscribe | null => outlet.querySelector('cloudpc-unsubscribe');

  it("goes back through the steps on the router's route, then lets the router take Back to its own route", async () => {
    router.navigate('home');
    router.navigate('unsubscribe');
    const el = widget() as CloudpcUnsubscribe;
    await settled(el);
    await walkTo(el, 'reason');
    expect(pageState().route, "the router's state is on the widget's entry").to.equal('unsubscribe');
    expect(location.hash).to.equal('#/unsubscribe');

    history.back();
    await waitForStep(el, 'prepare');
    expect(widget(), 'the router did not render the route again').to.equal(el);

    history.back();
    await waitUntil(() => outlet.textContent === 'Account', 'the router did not go back to its own route');
    expect(location.hash).to.equal('#/home');

    history.forward();
    await waitUntil(() => widget() !== null, 'the router did not come forward to the widget');
    await settled(widget() as CloudpcUnsubscribe);
    router.navigate('home');
    expect(router.rendered).to.deep.equal(['home', 'unsubscribe', 'home', 'unsubscribe', 'home']);
  });
});

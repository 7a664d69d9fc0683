import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import { createMockAdapter } from '../../../src/adapters/mock/index.js';
import type { UnsubscribeAdapter } from '../../../src/contract/adapter.js';
import type { CloudpcUnsubscribe } from '../../../src/element/cloudpc-unsubscribe.js';
import { httpAdapterCache, resolveAdapter } from '../../../src/element/resolve-adapter.js';
import { validContext } from '../../contract/fixtures.js';
import { fakeFetch, json, problem, type FakeFetch } from './fake-fetch.js';

/** A back end at /fake-api (relative to the test page) that knows only the context; stands in for the global fetch. */
function stubGlobalFetch(): FakeFetch & { restore(): void } {
  const original = globalThis.fetch;
  const contextUrl = new URL('/fake-api/context', document.baseURI).href;
  const fake = fakeFetch((request) => (request.url === contextUrl ? json(200, validContext()) : problem(404, { code: 'not-found' })));
  globalThis.fetch = fake.fetch as typeof globalThis.fetch;
  return { ...fake, restore: () => (globalThis.fetch = original) };
}

async function loaded(el: CloudpcUnsubscribe): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part="container"][aria-busy="false"]'), 'the widget did not finish loading', {
    timeout: 4000,
  });
  await el.updateComplete;
}

function shown(el: CloudpcUnsubscribe): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('<cloudpc-unsubscribe api-base>', () => {
  let server: ReturnType<typeof stubGlobalFetch>;
  beforeEach(() => {
    sessionStorage.clear();
    server = stubGlobalFetch();
  });
  afterEach(() => server.restore());

  it('talks to the back end at api-base and shows the prepare step', async () => {
    const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe api-base="/fake-api" persist="none"></cloudpc-unsubscribe>`);
    await loaded(el);
    expect(el.apiBase).to.equal('/fake-api');
    expect(el.step).to.equal('prepare');
    expect(shown(el)).to.contain('退订前准备');
    expect(shown(el)).to.contain(validContext().subscription.planName);
    const [first] = server.requests;
    expect(first!.method).to.equal('GET');
    expect(first!.url).to.equal(new URL('/fake-api/context', document.baseURI).href);
    expect(first!.init.credentials).to.equal('same-origin');
  });

  it('sends the subscription-id along', async () => {
    const el = await fixture<CloudpcUnsubscribe>(
      html`<cloudpc-unsubscribe api-base="/fake-api" subscription-id="CPC 7" persist="none"></cloudpc-unsubscribe>`,
    );
    await loaded(el);
    expect(server.requests[0]!.url).to.equal(new URL('/fake-api/context?subscriptionId=CPC+7', document.baseURI).href);
  });

  it('wins over demo, and the operator’s adapter wins over it', async () => {
    const withDemo = await fixture<CloudpcUnsubscribe>(
      html`<cloudpc-unsubscribe api-base="/fake-api" demo persist="none"></cloudpc-unsubscribe>`,
    );
    await loaded(withDemo);
    expect(server.requests).to.have.length(1);

    const own = createMockAdapter();
    const withAdapter = await fixture<CloudpcUnsubscribe>(
      html`<cloudpc-unsubscribe api-base="/fake-api" .adapter=${own} persist="none"></cloudpc-unsubscribe>`,
    );
    await loaded(withAdapter);
    expect(withAdapter.step).to.equal('prepare');
    expect(own.calls.map((c) => c.method)).to.include('loadContext');
    expect(server.requests).to.have.length(1);
  });

  it('starts over against a new api-base', async () => {
    const el = await fixture<CloudpcUnsubscribe>(html`<cloudpc-unsubscribe api-base="/fake-api" persist="none"></cloudpc-unsubscribe>`);
    await loaded(el);
    el.apiBase = '/other-api';
    await waitUntil(() => server.requests.length === 2, 'no request to the new base');
    expect(server.requests[1]!.url).to.equal(new URL('/other-api/context', document.baseURI).href);
  });

  it('a base it cannot use is a console error and the not-connected state, not an exception', async () => {
    const errors: unknown[][] = [];
    const original = { error: console.error, warn: console.warn };
    console.error = (...args: unknown[]) => errors.push(args);
    // The element also warns that it has no adapter: true, and expected here.
    console.warn = () => undefined;
    try {
      const el = await fixture<CloudpcUnsubscribe>(
        html`<cloudpc-unsubscribe api-base="ftp://example.cn/api" persist="none"></cloudpc-unsubscribe>`,
      );
      await loaded(el);
      expect(shown(el)).to.contain('退订组件尚未连接服务');
    } finally {
      Object.assign(console, original);
    }
    expect(errors.some((args) => String(args[0]).includes('api-base "ftp://example.cn/api"'))).to.equal(true);
    expect(server.requests).to.have.length(0);
  });
});

describe('resolveAdapter', () => {
  const own = {} as UnsubscribeAdapter;
  const http = {} as UnsubscribeAdapter;
  const demo = {} as UnsubscribeAdapter;
  const factories = { http: () => http, demo: () => demo };

  it('prefers the operator’s adapter, then api-base, then demo', () => {
    expect(resolveAdapter({ adapter: own, apiBase: '/api', demo: true }, factories)).to.equal(own);
    expect(resolveAdapter({ adapter: undefined, apiBase: '/api', demo: true }, factories)).to.equal(http);
    expect(resolveAdapter({ adapter: undefined, apiBase: undefined, demo: true }, factories)).to.equal(demo);
    expect(resolveAdapter({ adapter: undefined, apiBase: '', demo: true }, factories)).to.equal(demo);
    expect(resolveAdapter({ adapter: undefined, apiBase: undefined, demo: false }, factories)).to.equal(null);
  });

  it('httpAdapterCache makes one adapter per base URL, however often asked', () => {
    const adapterFor = httpAdapterCache();
    const first = adapterFor('/fake-api');
    expect(first).to.not.equal(null);
    expect(adapterFor('/fake-api')).to.equal(first);
    const other = adapterFor('/other-api');
    expect(other).to.not.equal(first);
    expect(adapterFor('/other-api')).to.equal(other);
  });
});

import type { UnsubscribeAdapter } from '../contract/adapter.js';
import { createHttpAdapter } from '../adapters/http/index.js';
import { createMockAdapter } from '../adapters/mock/index.js';

export interface AdapterSources {
  adapter: UnsubscribeAdapter | undefined;
  apiBase: string | undefined;
  demo: boolean;
}

export interface AdapterFactories {
  /** The built-in HTTP adapter for a base URL, or null when the URL cannot be used. */
  http(baseUrl: string): UnsubscribeAdapter | null;
  /** The built-in mock. */
  demo(): UnsubscribeAdapter;
}

/**
 * Which adapter the element talks to: the operator's own wins, then the HTTP adapter for
 * `api-base`, then the built-in mock when `demo` is set. An empty `api-base` counts as unset, as
 * a template that renders `api-base=${''}` means.
 */
export function resolveAdapter(sources: AdapterSources, factories: AdapterFactories): UnsubscribeAdapter | null {
  if (sources.adapter) return sources.adapter;
  if (sources.apiBase) return factories.http(sources.apiBase);
  if (sources.demo) return factories.demo();
  return null;
}

/** The demo adapter: the mock with a little latency, so loading states are visible. */
export function createDemoAdapter(): UnsubscribeAdapter {
  return createMockAdapter({ latencyMs: 400 });
}

/**
 * The HTTP adapter for the last base URL asked for: one adapter per value, however often the flow
 * asks. A bad URL is a console error naming the attribute, and no adapter (the widget then says it
 * is not connected) rather than an exception out of the element.
 */
export function httpAdapterCache(): (baseUrl: string) => UnsubscribeAdapter | null {
  let last: { baseUrl: string; adapter: UnsubscribeAdapter | null } | undefined;
  return (baseUrl) => {
    if (last?.baseUrl !== baseUrl) {
      let adapter: UnsubscribeAdapter | null = null;
      try {
        adapter = createHttpAdapter({ baseUrl });
      } catch (error) {
        console.error(`<cloudpc-unsubscribe>: api-base "${baseUrl}" cannot be used: ${(error as Error).message}`);
      }
      last = { baseUrl, adapter };
    }
    return last.adapter;
  };
}

/**
 * The element's adapter, chosen anew whenever the flow starts: its own demo mock and HTTP
 * adapter are made once (per base URL). With none at all it says so in the console.
 */
export function adapterChooser(): (sources: AdapterSources, connected: boolean) => UnsubscribeAdapter | null {
  const http = httpAdapterCache();
  let demo: UnsubscribeAdapter | undefined;
  return (sources, connected) => {
    const adapter = resolveAdapter(sources, { http, demo: () => (demo ??= createDemoAdapter()) });
    if (adapter === null && connected) {
      console.warn(
        '<cloudpc-unsubscribe>: no adapter. Set the `adapter` property or the `api-base` attribute, or the `demo` attribute to try the built-in mock.',
      );
    }
    return adapter;
  };
}

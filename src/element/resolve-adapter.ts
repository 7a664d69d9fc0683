import type { UnsubscribeAdapter } from '../contract/adapter.js';
import { createMockAdapter } from '../adapters/mock/index.js';

export interface AdapterSources {
  adapter: UnsubscribeAdapter | undefined;
  demo: boolean;
}

/**
 * Which adapter the element talks to: the operator's own wins, then the built-in mock when
 * `demo` is set. (The HTTP adapter behind `api-base` arrives with the reference back end.)
 */
export function resolveAdapter(sources: AdapterSources, demoAdapter: () => UnsubscribeAdapter): UnsubscribeAdapter | null {
  if (sources.adapter) return sources.adapter;
  if (sources.demo) return demoAdapter();
  return null;
}

/** The demo adapter: the mock with a little latency, so loading states are visible. */
export function createDemoAdapter(): UnsubscribeAdapter {
  return createMockAdapter({ latencyMs: 400 });
}

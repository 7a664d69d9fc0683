// Every entry the package exports resolves, with its types, under each module resolution.
import { createHttpAdapter, type UnsubscribeAdapter } from 'cloudpc-unsubscribe';
import type { CloudpcUnsubscribe } from 'cloudpc-unsubscribe/standalone';
import type { createMockAdapter } from 'cloudpc-unsubscribe/single-file';
import type { CloudpcUnsubscribeReactProps } from 'cloudpc-unsubscribe/react';
import type { CloudpcUnsubscribeVueProps } from 'cloudpc-unsubscribe/vue';

export const adapter: UnsubscribeAdapter = createHttpAdapter({ baseUrl: '/api' });
export type Element = CloudpcUnsubscribe;
export type MockFactory = typeof createMockAdapter;
export type ReactProps = CloudpcUnsubscribeReactProps;

// The Vue typings with the oldest Vue 3 the package supports (this app installs Vue 3.2).
// @ts-expect-error -- not a supported locale
export const badVueLocale: CloudpcUnsubscribeVueProps = { locale: 'fr' };
export const vueProps: CloudpcUnsubscribeVueProps = { locale: 'en', adapter, onCloudpcKeep: (event) => event.detail.step };

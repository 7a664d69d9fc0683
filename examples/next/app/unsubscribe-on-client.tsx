'use client';
/**
 * The widget renders in the browser only. Rendered on the server, the tag would be hydrated, and
 * React 19 does not set a custom element's properties or add its `on<event>` listeners while it
 * hydrates: the adapter would never arrive and no event would reach the page. Rendered on the
 * client, React 19 treats it as in any other app. (`ssr: false` is allowed in a client component.)
 */
import dynamic from 'next/dynamic';

export const UnsubscribeOnClient = dynamic(() => import('./unsubscribe').then((module) => module.Unsubscribe), {
  ssr: false,
  loading: () => <p>Loading…</p>,
});

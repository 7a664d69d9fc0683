/**
 * What React 18's typings refuse (compiled by `tsc --noEmit`, never bundled): each line would
 * reach the element as a useless attribute under React 18, so the typings reject it.
 */
import type { ReactElement } from 'react';
import type { UnsubscribeAdapter } from 'cloudpc-unsubscribe';
import type {} from 'cloudpc-unsubscribe/react';

declare const adapter: UnsubscribeAdapter;

// @ts-expect-error -- React 18 would write the adapter as the text "[object Object]": use a ref.
export const adapterAsProp: ReactElement = <cloudpc-unsubscribe adapter={adapter} />;

// @ts-expect-error -- React 18 adds no listener for custom events: use addEventListener.
export const listenerAsProp: ReactElement = <cloudpc-unsubscribe oncloudpc-keep={() => undefined} />;

// @ts-expect-error -- React 18 writes false as the attribute "false", which still means on.
export const demoFalse: ReactElement = <cloudpc-unsubscribe demo={false} />;

export const attributes: ReactElement = <cloudpc-unsubscribe locale="en" mode="one-click" api-base="/api" persist="none" demo />;

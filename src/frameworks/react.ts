/**
 * React 19 typings for <cloudpc-unsubscribe> (type-only; import with `import type {} from
 * 'cloudpc-unsubscribe/react'` once, next to the import that defines the element).
 *
 * React 19 passes a prop to a custom element as a property when the element has one by that name
 * (so `adapter`, `messages` and `options` arrive as objects) and as an attribute otherwise. A prop
 * `on` + event name adds a listener for exactly that event, so `oncloudpc-step-change` listens to
 * `cloudpc-step-change`; the handler props below are spelled that way for that reason.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  CloudpcUnsubscribe,
  CloudpcUnsubscribeEvent,
  CloudpcUnsubscribeEventName,
  CloudpcUnsubscribeProperties,
  CloudpcUnsubscribeAttributes,
} from './element-types.js';

export type * from './element-types.js';

/** `oncloudpc-step-change`, `oncloudpc-keep`, ...: one typed handler prop per event. */
export type CloudpcUnsubscribeReactEventProps = {
  [K in CloudpcUnsubscribeEventName as `on${K}`]?: (event: CloudpcUnsubscribeEvent<K>) => void;
};

export type CloudpcUnsubscribeReactProps = DetailedHTMLProps<HTMLAttributes<CloudpcUnsubscribe>, CloudpcUnsubscribe> &
  CloudpcUnsubscribeProperties &
  CloudpcUnsubscribeAttributes &
  CloudpcUnsubscribeReactEventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the JSX namespace is how React declares its elements.
  namespace JSX {
    interface IntrinsicElements {
      'cloudpc-unsubscribe': CloudpcUnsubscribeReactProps;
    }
  }
}

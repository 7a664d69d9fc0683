/**
 * React typings for <cloudpc-unsubscribe>, for React 19 and React 18 alike (import with
 * `import type {} from 'cloudpc-unsubscribe/react'` once, next to the import that defines the
 * element; a plain `import 'cloudpc-unsubscribe/react'` works too and loads an empty module).
 *
 * React 19 passes a prop to a custom element as a property when the element has one by that name
 * (so `adapter`, `messages` and `options` arrive as objects) and as an attribute otherwise. A prop
 * `on` + event name adds a listener for exactly that event, so `oncloudpc-step-change` listens to
 * `cloudpc-step-change`; the handler props below are spelled that way for that reason.
 *
 * React 18 writes every prop of a custom element as an attribute (an adapter would arrive as the
 * text "[object Object]", `demo={false}` as the attribute "false", which still means on) and adds
 * no listener for custom events. Under React 18's types the tag therefore takes its attributes
 * only; set `adapter`, `messages` and `options` and add listeners through a ref (README, "React 18").
 * Which React is installed is read from its types: React 19's declare `use`, React 18's do not.
 */
import type * as React from 'react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  CloudpcUnsubscribe,
  CloudpcUnsubscribeEvent,
  CloudpcUnsubscribeEventName,
  CloudpcUnsubscribeProperties,
  CloudpcUnsubscribeAttributes,
} from './element-types.js';

export type * from './element-types.js';

/** `oncloudpc-step-change`, `oncloudpc-keep`, ...: one typed handler prop per event (React 19). */
export type CloudpcUnsubscribeReactEventProps = {
  [K in CloudpcUnsubscribeEventName as `on${K}`]?: (event: CloudpcUnsubscribeEvent<K>) => void;
};

/** The tag's props under React 19: attributes, properties and event handlers. */
export type CloudpcUnsubscribeReact19Props = DetailedHTMLProps<HTMLAttributes<CloudpcUnsubscribe>, CloudpcUnsubscribe> &
  CloudpcUnsubscribeProperties &
  CloudpcUnsubscribeAttributes &
  CloudpcUnsubscribeReactEventProps;

/**
 * The tag's props under React 18: what an attribute can carry, and a ref to set the rest. The
 * event props are spelled out as `never` because TypeScript lets any JSX attribute with a dash
 * through unless it is declared, and React 18 would silently ignore them.
 */
export type CloudpcUnsubscribeReact18Props = DetailedHTMLProps<HTMLAttributes<CloudpcUnsubscribe>, CloudpcUnsubscribe> &
  Pick<CloudpcUnsubscribeProperties, 'locale' | 'mode' | 'persist' | 'history'> &
  CloudpcUnsubscribeAttributes & {
    /** Present means on: React 18 writes `false` as the text "false", so leave it out instead. */
    demo?: true;
  } & { [K in CloudpcUnsubscribeEventName as `on${K}`]?: never };

/** True when the installed React types are React 19's (or later). */
export type IsReact19Types = 'use' extends keyof typeof React ? true : false;

export type CloudpcUnsubscribeReactProps = IsReact19Types extends true ? CloudpcUnsubscribeReact19Props : CloudpcUnsubscribeReact18Props;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the JSX namespace is how React declares its elements.
  namespace JSX {
    interface IntrinsicElements {
      'cloudpc-unsubscribe': CloudpcUnsubscribeReactProps;
    }
  }
}

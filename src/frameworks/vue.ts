/**
 * Vue 3 typings for <cloudpc-unsubscribe> (import with `import type {} from
 * 'cloudpc-unsubscribe/vue'` once, next to the import that defines the element; a plain
 * `import 'cloudpc-unsubscribe/vue'` works too and loads an empty module). Vue 3.2 and later.
 *
 * Vue treats the tag as a custom element (set `isCustomElement` in the Vue plugin's template
 * compiler options: README, "Vue") and
 * sets a binding as a property when the element has a property by that name, so `adapter`,
 * `messages` and `options` arrive as objects. `@cloudpc-step-change` (or `onCloudpcStepChange` in a
 * render function) listens to the `cloudpc-step-change` event. The typing follows the shape Vue's
 * guide gives for custom elements: a constructor whose instance has typed `$props` and `$emit`,
 * registered in `GlobalComponents` so vue-tsc checks templates.
 */
import type { AllowedComponentProps, ComponentCustomProps, HTMLAttributes, VNodeProps } from 'vue';
import type {
  CloudpcUnsubscribe,
  CloudpcUnsubscribeEvent,
  CloudpcUnsubscribeEventName,
  CloudpcUnsubscribeProperties,
} from './element-types.js';

export type * from './element-types.js';

/** `cloudpc-step-change` → `CloudpcStepChange`: how Vue names the listener prop of an event. */
type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalCase<Tail>}` : Capitalize<S>;

/** `onCloudpcStepChange`, `onCloudpcKeep`, ...: one typed listener prop per event. */
export type CloudpcUnsubscribeVueEventProps = {
  [K in CloudpcUnsubscribeEventName as `on${PascalCase<K>}`]?: (event: CloudpcUnsubscribeEvent<K>) => void;
};

export type CloudpcUnsubscribeVueProps = HTMLAttributes &
  CloudpcUnsubscribeProperties &
  CloudpcUnsubscribeVueEventProps &
  VNodeProps &
  AllowedComponentProps &
  ComponentCustomProps;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/**
 * The emits, so `@cloudpc-keep="(event) => ..."` in a template gets a typed event: one overload
 * per event, the shape of Vue's own `EmitFn` (which Vue exports only from 3.5 on).
 */
export type CloudpcUnsubscribeVueEmit = UnionToIntersection<
  { [K in CloudpcUnsubscribeEventName]: (event: K, payload: CloudpcUnsubscribeEvent<K>) => void }[CloudpcUnsubscribeEventName]
>;

export type CloudpcUnsubscribeVueComponent = new () => CloudpcUnsubscribe & {
  $props: CloudpcUnsubscribeVueProps;
  $emit: CloudpcUnsubscribeVueEmit;
};

declare module 'vue' {
  interface GlobalComponents {
    'cloudpc-unsubscribe': CloudpcUnsubscribeVueComponent;
  }
}

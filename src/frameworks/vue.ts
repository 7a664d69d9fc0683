/**
 * Vue 3 typings for <cloudpc-unsubscribe> (type-only; import with `import type {} from
 * 'cloudpc-unsubscribe/vue'` once, next to the import that defines the element).
 *
 * Vue treats the tag as a custom element (set `compilerOptions.isCustomElement` for templates) and
 * sets a binding as a property when the element has a property by that name, so `adapter`,
 * `messages` and `options` arrive as objects. `@cloudpc-step-change` (or `onCloudpcStepChange` in a
 * render function) listens to the `cloudpc-step-change` event. The typing follows the shape Vue's
 * guide gives for custom elements: a constructor whose instance has typed `$props` and `$emit`,
 * registered in `GlobalComponents` so vue-tsc checks templates.
 */
import type { AllowedComponentProps, ComponentCustomProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
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

/** The emits, so `@cloudpc-keep="(event) => ..."` in a template gets a typed event. */
export type CloudpcUnsubscribeVueEmit = EmitFn<{ [K in CloudpcUnsubscribeEventName]: (event: CloudpcUnsubscribeEvent<K>) => void }>;

export type CloudpcUnsubscribeVueComponent = new () => CloudpcUnsubscribe & {
  $props: CloudpcUnsubscribeVueProps;
  $emit: CloudpcUnsubscribeVueEmit;
};

declare module 'vue' {
  interface GlobalComponents {
    'cloudpc-unsubscribe': CloudpcUnsubscribeVueComponent;
  }
}

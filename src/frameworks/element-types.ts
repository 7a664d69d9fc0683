/**
 * The element's public surface as plain types, shared by the React and Vue typings. Type-only:
 * nothing here exists at run time, so neither framework's typings add to the bundle.
 */
import type { UnsubscribeAdapter } from '../contract/adapter.js';
import type { CloudpcUnsubscribe } from '../element/cloudpc-unsubscribe.js';
import type { FlowMode } from '../flow/types.js';
import type { Locale, MessageOverrides } from '../i18n/index.js';
import type { UnsubscribeOptions } from '../options/index.js';

export type { CloudpcUnsubscribe, FlowMode, Locale, MessageOverrides, UnsubscribeAdapter, UnsubscribeOptions };

/** The properties a page may set (objects such as `adapter` must be set as properties, never attributes). */
export interface CloudpcUnsubscribeProperties {
  locale?: Locale;
  mode?: FlowMode;
  apiBase?: string;
  subscriptionId?: string;
  demo?: boolean;
  persist?: 'session' | 'none';
  history?: 'steps' | 'none';
  adapter?: UnsubscribeAdapter;
  messages?: MessageOverrides;
  options?: UnsubscribeOptions;
}

/** The two properties whose attribute is spelled differently, as they are written in markup. */
export interface CloudpcUnsubscribeAttributes {
  'api-base'?: string;
  'subscription-id'?: string;
}

export type {
  CloudpcUnsubscribeEvent,
  CloudpcUnsubscribeEventDetails,
  CloudpcUnsubscribeEventMap,
  CloudpcUnsubscribeEventName,
} from '../element/event-map.js';

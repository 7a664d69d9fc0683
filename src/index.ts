/**
 * cloudpc-unsubscribe: the public entry. Importing it defines `<cloudpc-unsubscribe>`.
 */
import { defineCloudpcUnsubscribe } from './element/define.js';

export { CloudpcUnsubscribe } from './element/cloudpc-unsubscribe.js';
export type * from './flow/events.js';
export type {
  CloudpcUnsubscribeEvent,
  CloudpcUnsubscribeEventDetails,
  CloudpcUnsubscribeEventMap,
  CloudpcUnsubscribeEventName,
} from './element/event-map.js';
export { defineCloudpcUnsubscribe, TAG_NAME } from './element/define.js';

export * from './contract/index.js';
export { createMockAdapter } from './adapters/mock/index.js';
export type {
  MockAdapter,
  MockAdapterOptions,
  MockCall,
  MockControls,
  MockFailure,
  MockStatusTimeline,
  MockContextOverrides,
  MockSecurityQuestion,
} from './adapters/mock/index.js';
export { createHttpAdapter } from './adapters/http/index.js';
export type { HttpAdapter, HttpAdapterOptions, HttpFetch, HttpHeaders } from './adapters/http/index.js';
export * from './refund/index.js';
export type { Locale, MessageKey, MessageTable, MessageOverrides } from './i18n/index.js';
export type { StepId, FlowMode, BlockedReason } from './flow/types.js';

defineCloudpcUnsubscribe();

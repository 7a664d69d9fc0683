export * from './schemas.js';
export type * from './types.js';
export type { UnsubscribeAdapter, CallOptions, AdapterMethod } from './adapter.js';
export { ADAPTER_METHODS } from './adapter.js';
export { ERROR_CODES, UnsubscribeError, isErrorCode, isUnsubscribeError, toUnsubscribeError } from './errors.js';
export type { UnsubscribeErrorCode, UnsubscribeErrorInit } from './errors.js';
export { withValidation, parseResponse, formatIssuePath } from './validated-adapter.js';

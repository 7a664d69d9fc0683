export * from './types.js';
export { DEFAULT_REASONS, DEFAULT_COMMENT_MAX_LENGTH, defaultFlowConfig } from './defaults.js';
export { initialState, transition, stepsOf, canGoBack, canLeave } from './machine.js';
export type { InitOptions } from './machine.js';
export { stepsFor, isPreSubmit, isFaceOnly, PRE_SUBMIT_STEPS } from './steps.js';
export { stepErrors, checkErrors, reasonRules, isLocked, verificationNeeded } from './guards.js';
export { normalizeCode, isCompleteCode } from './sms-code.js';
export { requestFor, requestsFor } from './requests.js';
export type { AdapterCall } from './requests.js';
export {
  toSnapshot,
  parseSnapshot,
  applySnapshot,
  snapshotSchema,
  PERSISTED_FIELDS,
  PERSISTED_ANSWER_FIELDS,
  SNAPSHOT_VERSION,
} from './snapshot.js';

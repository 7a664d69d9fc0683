import type { FlowConfig, ReasonRule } from './types.js';

/**
 * The built-in reasons (README, "Options": `reasons`), used when neither the back end nor the operator's
 * options list any. Labels are in the message table under `reason.<id>`.
 */
export const DEFAULT_REASONS: readonly ReasonRule[] = [
  { id: 'too-expensive', requiresComment: false },
  { id: 'performance', requiresComment: false },
  { id: 'rarely-used', requiresComment: false },
  { id: 'found-better', requiresComment: false },
  { id: 'unhappy-with-service', requiresComment: false },
  { id: 'other', requiresComment: true },
];

export const DEFAULT_COMMENT_MAX_LENGTH = 200;

export function defaultFlowConfig(overrides: Partial<FlowConfig> = {}): FlowConfig {
  return {
    mode: 'guided',
    reasons: DEFAULT_REASONS,
    offersByReason: {},
    commentMaxLength: DEFAULT_COMMENT_MAX_LENGTH,
    maxReasons: Number.MAX_SAFE_INTEGER,
    ...overrides,
  };
}

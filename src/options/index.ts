import { capListsOf } from '../contract/list-caps.js';
import { formatIssuePath } from '../contract/validated-adapter.js';
import { DEFAULT_COMMENT_MAX_LENGTH, DEFAULT_REASONS } from '../flow/defaults.js';
import type { FlowConfig, FlowMode } from '../flow/types.js';
import type { Locale } from '../i18n/index.js';
import { CN_CALENDAR } from '../refund/cn-calendar.js';
import type { WorkingDayCalendar } from '../refund/calendar.js';
import { optionFieldSchemas, type LocalizedText, type OptionField, type UnsubscribeOptions } from './schema.js';

export * from './schema.js';

/** Options with every default filled in. */
export interface ResolvedOptions {
  reasons: NonNullable<UnsubscribeOptions['reasons']> | null;
  offers: NonNullable<UnsubscribeOptions['offers']>;
  faq: NonNullable<UnsubscribeOptions['faq']> | null;
  alternatives: NonNullable<UnsubscribeOptions['alternatives']>;
  uninstallGuides: NonNullable<UnsubscribeOptions['uninstallGuides']> | null;
  calendar: WorkingDayCalendar;
  commentMaxLength: number;
  maxReasons: number;
  signInUrl: string | null;
  deleteAccountUrl: string | null;
  statusPollSeconds: number;
  /** Every adapter call's deadline: past it the call is aborted and fails with `timeout`, with a retry. */
  callTimeoutSeconds: number;
  arrivalWorkingDays: { min: number; max: number };
}

export const DEFAULT_OPTIONS: ResolvedOptions = {
  reasons: null,
  offers: [],
  faq: null,
  alternatives: [],
  uninstallGuides: null,
  calendar: CN_CALENDAR,
  commentMaxLength: DEFAULT_COMMENT_MAX_LENGTH,
  maxReasons: Number.MAX_SAFE_INTEGER,
  signInUrl: null,
  deleteAccountUrl: null,
  statusPollSeconds: 5,
  callTimeoutSeconds: 20,
  arrivalWorkingDays: { min: 7, max: 15 },
};

/**
 * The most items of each list option the widget takes (more are cut, with a console warning), so
 * a page that passes a runaway list cannot freeze the widget: generous for any real page.
 */
export const OPTION_LIST_CAPS: Readonly<Partial<Record<OptionField, number>>> = {
  reasons: 50,
  offers: 50,
  faq: 50,
  alternatives: 20,
  uninstallGuides: 10,
};

/**
 * Validates the operator's options field by field. A bad field is reported with a console error
 * that names it and the problem, and its default is used; a list longer than its cap
 * (`OPTION_LIST_CAPS`) is cut to it with a console warning; the widget never throws over options.
 */
export function resolveOptions(
  raw: unknown,
  report: (message: string) => void = (m) => console.error(m),
  warn: (message: string) => void = (m) => console.warn(m),
): ResolvedOptions {
  const resolved: ResolvedOptions = { ...DEFAULT_OPTIONS };
  if (raw === undefined || raw === null) return resolved;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    report('<cloudpc-unsubscribe>: `options` must be an object; using the defaults.');
    return resolved;
  }
  const given = raw as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!(key in optionFieldSchemas)) {
      report(`<cloudpc-unsubscribe>: options.${key} is not a known option; it is ignored.`);
      continue;
    }
    const field = key as OptionField;
    if (given[field] === undefined) continue;
    const result = optionFieldSchemas[field].safeParse(given[field]);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = issue ? formatIssuePath(issue.path) : '';
      report(
        `<cloudpc-unsubscribe>: options.${field}${path === '(root)' ? '' : path.startsWith('[') ? path : `.${path}`} is invalid (${issue?.message ?? 'invalid'}); using the default.`,
      );
      continue;
    }
    const cap = OPTION_LIST_CAPS[field];
    const { value, capped } = capListsOf(result.data as unknown, cap === undefined ? [] : [{ path: [], max: cap }], `options.${field}`);
    for (const { operation, length, max } of capped)
      warn(`<cloudpc-unsubscribe>: ${operation} has ${length} items; only the first ${max} are used.`);
    (resolved as unknown as Record<string, unknown>)[field] = value;
  }
  return resolved;
}

/**
 * The flow configuration the options make for a mode. An offer is attached to a reason only
 * when an offer with that id exists.
 */
export function flowConfigFor(mode: FlowMode, options: ResolvedOptions): FlowConfig {
  const offerIds = new Set(options.offers.map((o) => o.id));
  const offersByReason: Record<string, string> = {};
  for (const r of options.reasons ?? []) if (r.offerId !== undefined && offerIds.has(r.offerId)) offersByReason[r.id] = r.offerId;
  return {
    mode,
    reasons: options.reasons ? options.reasons.map((r) => ({ id: r.id, requiresComment: r.requiresComment === true })) : DEFAULT_REASONS,
    offersByReason,
    commentMaxLength: options.commentMaxLength,
    maxReasons: options.maxReasons,
  };
}

/** A localized option string in the wanted locale, falling back to the other one. */
export function localized(value: LocalizedText, locale: Locale): string {
  if (typeof value === 'string') return value;
  return value[locale] ?? value['zh-CN'] ?? value.en ?? '';
}

/** `resolveOptions` remembered for the last object given: an element validates its options once per object the page sets. */
export function optionsResolver(): (raw: unknown) => ResolvedOptions {
  let last: { raw: unknown; resolved: ResolvedOptions } | undefined;
  return (raw) => {
    if (last === undefined || last.raw !== raw) last = { raw, resolved: resolveOptions(raw) };
    return last.resolved;
  };
}

/**
 * What a step's render function is given: the state to show, the strings and formatters of the
 * current locale, the operator's options, and `send` to report what the subscriber did.
 * Step modules are render functions, not elements, so that every field, its label, its error
 * and the error summary live in one shadow root (`aria-describedby` and summary links cannot
 * cross shadow roots).
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { UnsubscribeAdapter } from '../contract/adapter.js';
import type { FieldError, FieldId, FlowEvent, FlowState } from '../flow/types.js';
import type { Formatters, Locale, Translate } from '../i18n/index.js';
import type { ResolvedOptions } from '../options/index.js';

export interface StepView {
  readonly state: FlowState;
  readonly locale: Locale;
  readonly t: Translate;
  readonly fmt: Formatters;
  readonly options: ResolvedOptions;
  /** Report what the subscriber did; the flow machine decides what happens. */
  send(event: FlowEvent): void;
  /** Now, as the ISO instant that time-stamped events carry. */
  at(): string;
  /** Now, in milliseconds: for countdowns. */
  now(): number;
  /** The validated adapter, for what runs beside the flow (feedback). */
  readonly adapter: UnsubscribeAdapter | null;
  /** Ask the host to re-render (e.g. after a local, non-flow change). */
  requestUpdate(): void;
  /** Announce a message through the widget's live region. */
  announce(message: string): void;
  /** Fire one of the public `cloudpc-*` events from the element. */
  emit(name: `cloudpc-${string}`, detail: unknown): void;
  /** Per-element scratch state for things that are not flow state (feedback form, disclosure toggles). */
  readonly local: Map<string, unknown>;
  /** The live status refresh on `status`: when it last got an answer, whether it is failing, and a way to refresh now. */
  readonly polling: { readonly checkedAt: string | null; readonly failing: boolean; refresh(): void };
}

export type StepRenderer = (view: StepView) => TemplateResult;

/** The element as a step's controller sees it. */
export type StepHost = ReactiveControllerHost & HTMLElement;

/** The DOM id of a field: error summary links and `aria-describedby` point here. */
export function fieldId(field: FieldId | string): string {
  return `cpu-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function errorId(field: FieldId | string): string {
  return `${fieldId(field)}-error`;
}

export function errorsFor(state: FlowState, field: FieldId | string): FieldError[] {
  return state.fieldErrors.filter((e) => e.field === field);
}

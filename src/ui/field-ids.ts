/**
 * The DOM ids of the form fields, from their field ids: the error summary's links, the inline
 * errors and `aria-describedby` all point here.
 */
import type { FieldError, FieldId } from '../flow/types.js';

export function fieldId(field: FieldId | string): string {
  return `cpu-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function errorId(field: FieldId | string): string {
  return `${fieldId(field)}-error`;
}

/** The errors filed under one field. */
export function errorsFor(errors: readonly FieldError[], field: FieldId | string): FieldError[] {
  return errors.filter((e) => e.field === field);
}

/** The feedback form's own error summary and its thanks, where focus goes after sending. */
export const FEEDBACK_ERRORS_ID = 'cpu-feedback-errors';
export const FEEDBACK_THANKS_ID = 'cpu-feedback-thanks';

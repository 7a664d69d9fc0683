/**
 * What every step shares and the shell needs only once a step is on screen: the form-field
 * styles, the error summary (with the words of every field error) and the money and date
 * formatters. Loaded with whichever step comes first (steps/index.ts), never with the entry.
 */
export { fieldStyles } from '../ui/field.styles.js';
export { renderErrorSummary } from '../ui/error-summary.js';
export { createFormatters } from '../i18n/format.js';

/**
 * Moves focus to a field from an error summary's link (a fragment link cannot reach into a shadow
 * root). As GOV.UK's error summary does, the field's label or its group's legend is scrolled into
 * view first and the field is focused without scrolling again: a screen reader user then hears
 * the question, and a sighted user sees it above the control instead of a control cut off at the
 * top of the screen.
 */
import { fieldId } from './field-ids.js';

/** The label or legend that names `control`, when there is one. */
function questionOf(root: ParentNode, control: HTMLElement): HTMLElement | null {
  const legend = control.closest('fieldset')?.querySelector('legend');
  if (legend) return legend;
  return control.id === '' ? null : root.querySelector<HTMLElement>(`label[for="${control.id}"]`);
}

export function focusField(root: ParentNode, field: string): void {
  const control = root.querySelector<HTMLElement>(`#${fieldId(field)}`);
  if (control === null) return;
  const question = questionOf(root, control) ?? control;
  // Centred rather than at the top: host pages often have a fixed header that would cover it.
  question.scrollIntoView({ block: 'center' });
  control.focus({ preventScroll: true });
}

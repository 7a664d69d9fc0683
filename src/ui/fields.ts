/**
 * Form controls in the GOV.UK pattern: a label, an optional hint, the error message inline in
 * the same words as the error summary, and `aria-describedby` tying them to the control. Each
 * control's id comes from its field id, so the error summary can move focus to it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldId } from '../flow/types.js';
import { errorId, errorsFor, fieldId } from './field-ids.js';
import { fieldErrorText } from './labels.js';
import type { RenderContext } from './render-context.js';
import { rich } from './rich-text.js';

function describedBy(...ids: Array<string | null | false | undefined>): string | undefined {
  const list = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

/**
 * The words of a field's error: `own` when the caller gives them (a form outside the flow, such as
 * feedback), else the flow's field errors for that field. Null when the field is fine.
 */
function errorText(view: RenderContext, field: FieldId | string, own: string | undefined): string | null {
  if (own !== undefined) return own;
  const errors = errorsFor(view.state.fieldErrors, field);
  return errors.length === 0 ? null : errors.map((e) => fieldErrorText(view, e)).join(' ');
}

/** The inline error of a field, or nothing. `id` is what the control's aria-describedby names. */
export function fieldError(view: RenderContext, field: FieldId | string, own?: string): TemplateResult | typeof nothing {
  const text = errorText(view, field, own);
  if (text === null) return nothing;
  return html`<p class="field-error" id=${errorId(field)}><span class="visually-hidden">${view.t('field.errorPrefix')}</span>${text}</p>`;
}

function hasError(view: RenderContext, field: FieldId | string, own: string | undefined): boolean {
  return errorText(view, field, own) !== null;
}

export interface CheckboxOptions {
  field: FieldId | string;
  label: string;
  checked: boolean;
  hint?: string;
  onChange(checked: boolean): void;
  /** The error to show, for a form outside the flow; by default the flow's errors for `field`. */
  error?: string;
}

/** A single checkbox, for an acknowledgement. */
export function checkboxField(view: RenderContext, o: CheckboxOptions): TemplateResult {
  const id = fieldId(o.field);
  const invalid = hasError(view, o.field, o.error);
  return html`<div part="field" class="field ${invalid ? 'field--error' : ''}">
    ${fieldError(view, o.field, o.error)}
    <div class="choice">
      <input
        type="checkbox"
        id=${id}
        .checked=${live(o.checked)}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o.hint && `${id}-hint`, invalid && errorId(o.field)))}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />
      <label for=${id}>${o.label}</label>
    </div>
    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing}
  </div>`;
}

export interface ChoiceItem {
  value: string;
  label: string;
  /** What the choice means, under its label (a template when it holds a date or an amount kept on one line). */
  hint?: string | TemplateResult;
  /** Shown but not selectable (a cloud PC already cancelled); its hint says why. */
  disabled?: boolean;
}

export interface ChoiceGroupOptions {
  field: FieldId | string;
  legend: string;
  /** Shown as the step's heading when the question is the whole page (GOV.UK pattern); here a plain legend. */
  hint?: string;
  items: readonly ChoiceItem[];
  type: 'radio' | 'checkbox';
  selected: readonly string[];
  onChange(value: string, selected: boolean): void;
  /** The error to show, for a form outside the flow; by default the flow's errors for `field`. */
  error?: string;
}

/**
 * A group of radios or checkboxes in a fieldset. The first control carries the field's id so
 * the error summary link lands on the group.
 */
export function choiceGroup(view: RenderContext, o: ChoiceGroupOptions): TemplateResult {
  const id = fieldId(o.field);
  const invalid = hasError(view, o.field, o.error);
  const hintId = o.hint ? `${id}-hint` : undefined;
  return html`<div part="field" class="field ${invalid ? 'field--error' : ''}">
    <fieldset aria-describedby=${ifDefined(describedBy(hintId, invalid && errorId(o.field)))}>
      <legend>${o.legend}</legend>
      ${o.hint ? html`<p class="hint" id=${hintId}>${o.hint}</p>` : nothing} ${fieldError(view, o.field, o.error)}
      ${o.items.map((item, index) => {
        const itemId = index === 0 ? id : `${id}-${index}`;
        const itemHint = item.hint ? `${itemId}-hint` : undefined;
        return html`<div class="choice">
          <input
            type=${o.type}
            id=${itemId}
            name=${id}
            .value=${item.value}
            .checked=${live(o.selected.includes(item.value))}
            ?disabled=${item.disabled === true}
            aria-describedby=${ifDefined(itemHint)}
            @change=${(e: Event) => o.onChange(item.value, (e.target as HTMLInputElement).checked)}
          />
          <label for=${itemId}>${item.label}</label>
          ${item.hint ? html`<p class="hint" id=${itemHint}>${item.hint}</p>` : nothing}
        </div>`;
      })}
    </fieldset>
  </div>`;
}

export interface TextFieldOptions {
  field: FieldId | string;
  label: string;
  value: string;
  hint?: string;
  inputmode?: 'numeric' | 'text' | 'email' | 'tel';
  autocomplete?: string;
  /** Width in characters, for a short answer such as a code. */
  size?: number;
  spellcheck?: boolean;
  onInput(value: string): void;
  onEnter?(): void;
  /** The error to show, for a form outside the flow; by default the flow's errors for `field`. */
  error?: string;
}

export function textField(view: RenderContext, o: TextFieldOptions): TemplateResult {
  const id = fieldId(o.field);
  const invalid = hasError(view, o.field, o.error);
  const hintId = o.hint ? `${id}-hint` : undefined;
  return html`<div part="field" class="field ${invalid ? 'field--error' : ''}">
    <label for=${id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id=${hintId}>${o.hint}</p>` : nothing} ${fieldError(view, o.field, o.error)}
    <input
      type="text"
      id=${id}
      class=${o.size ? 'input input--short' : 'input'}
      size=${ifDefined(o.size)}
      .value=${live(o.value)}
      inputmode=${ifDefined(o.inputmode)}
      autocomplete=${ifDefined(o.autocomplete)}
      spellcheck=${o.spellcheck === false ? 'false' : 'true'}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(hintId, invalid && errorId(o.field)))}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter' && !e.isComposing && o.onEnter) {
          e.preventDefault();
          o.onEnter();
        }
      }}
    />
  </div>`;
}

export interface TextAreaOptions {
  field: FieldId | string;
  label: string;
  value: string;
  maxLength: number;
  optional?: boolean;
  hint?: string;
  onInput(value: string): void;
  /** The error to show, for a form outside the flow; by default the flow's errors for `field`. */
  error?: string;
}

/**
 * A text area with a character count. The count is polite and not announced on every key
 * (GOV.UK's character count does the same): the visible count updates, and the screen-reader
 * copy is the visually hidden text tied through aria-describedby.
 */
export function textArea(view: RenderContext, o: TextAreaOptions): TemplateResult {
  const id = fieldId(o.field);
  const invalid = hasError(view, o.field, o.error);
  const used = [...o.value].length;
  const left = o.maxLength - used;
  const countId = `${id}-count`;
  const hintId = o.hint ? `${id}-hint` : undefined;
  return html`<div part="field" class="field ${invalid ? 'field--error' : ''}">
    <label for=${id}>${o.optional ? optionalLabel(view, o.label) : o.label}</label>
    ${o.hint ? html`<p class="hint" id=${hintId}>${o.hint}</p>` : nothing} ${fieldError(view, o.field, o.error)}
    <textarea
      id=${id}
      rows="4"
      .value=${live(o.value)}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(hintId, countId, invalid && errorId(o.field)))}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint count ${left < 0 ? 'count--over' : ''}" id=${countId}>
      ${left >= 0 ? view.t('field.charactersLeft', { count: left }) : view.t('field.charactersOver', { count: -left })}
    </p>
  </div>`;
}

/** "Tell us more (optional)" / "具体原因（选填）": the label, then the word in a quieter style, spaced as the language spaces it. */
export function optionalLabel(view: RenderContext, label: string): TemplateResult {
  return rich(view, 'field.optionalLabel', { label, optional: html`<span class="optional">${view.t('field.optional')}</span>` });
}

/** A link that came from data: shown only when its URL is safe (see `safe-url.ts`). */
export function externalLink(view: RenderContext, url: string | null, label: string): TemplateResult | typeof nothing {
  if (url === null) return nothing;
  // The space is a binding: the template minifier would drop one written in the markup.
  return html`<a href=${url} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden">${' '}${view.t('link.newWindow')}</span></a
  >`;
}

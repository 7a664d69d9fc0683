/**
 * The widget's buttons: one look per kind, each with its `::part()` name. Apart from the form
 * controls (fields.ts) because the shell needs only this, and the shell is in the entry.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface ButtonOptions {
  label: string;
  kind: 'primary' | 'secondary' | 'link';
  onClick(): void;
  disabled?: boolean;
  /** Shows as busy (aria-busy) while an action it started is on its way. */
  busy?: boolean;
  id?: string;
  describedBy?: string;
}

export function button(o: ButtonOptions): TemplateResult {
  const part = o.kind === 'primary' ? 'primary-action' : o.kind === 'secondary' ? 'secondary-action' : 'link-action';
  return html`<button
    type="button"
    part=${part}
    class="button button--${o.kind}"
    id=${ifDefined(o.id)}
    ?disabled=${o.disabled === true}
    aria-busy=${o.busy ? 'true' : 'false'}
    aria-describedby=${ifDefined(o.describedBy)}
    @click=${() => o.onClick()}
  >
    ${o.label}
  </button>`;
}

/**
 * The bench's baseline (bench/README.md): the least any one-file Lit element could do to show the
 * widget's first step. It asks the same back end for the same `/api/context` (nothing can show the
 * account and plan before it has them), then renders the widget's own `prepare` step, captured
 * from the widget at bench time: its shadow DOM as one Lit template, its style sheets as one.
 * bench/first-paint.mjs bundles it with Lit into one minified file.
 */
import { LitElement, html, unsafeCSS, type TemplateResult } from 'lit';
import { capturedCss, capturedHostAttributes, capturedTemplate } from 'bench:captured';

class BenchBaseline extends LitElement {
  static override styles = unsafeCSS(capturedCss);

  private hasContext = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadContext();
  }

  private async loadContext(): Promise<void> {
    // The request the widget's HTTP adapter sends (same path, Accept and credentials), parsed as it must be.
    const response = await fetch(`${this.getAttribute('api-base') ?? ''}/context`, {
      headers: { Accept: 'application/json, application/problem+json' },
      credentials: 'same-origin',
    });
    await response.json();
    for (const [name, value] of Object.entries(capturedHostAttributes)) this.setAttribute(name, value);
    this.hasContext = true;
    this.requestUpdate();
  }

  override render(): TemplateResult {
    return this.hasContext ? capturedTemplate : html``;
  }
}

customElements.define('bench-baseline', BenchBaseline);

/**
 * <cloudpc-unsubscribe> in Angular. CUSTOM_ELEMENTS_SCHEMA lets the template use the tag;
 * `[adapter]` sets the property; `(cloudpc-step-change)` listens to the event, and under
 * strictTemplates `$event` is typed from the package's event map (a CustomEvent<StepChangeDetail>).
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'cloudpc-unsubscribe'; // defines <cloudpc-unsubscribe>
import { createMockAdapter, type StepChangeDetail, type StepId, type UnsubscribeAdapter } from 'cloudpc-unsubscribe';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <p>
        Current step: <output class="current-step">{{ step() ?? '—' }}</output>
      </p>
      @if (kept()) {
        <p class="kept">Thank you for staying.</p>
      }
      <cloudpc-unsubscribe
        [adapter]="adapter"
        locale="en"
        persist="none"
        (cloudpc-step-change)="onStepChange($event)"
        (cloudpc-keep)="kept.set(true)"
      ></cloudpc-unsubscribe>
    </main>
  `,
})
export class AppComponent {
  // The built-in mock stands in for the operator's adapter (createHttpAdapter, or your own).
  readonly adapter: UnsubscribeAdapter = createMockAdapter({ latencyMs: 0, context: { account: { displayName: 'Angular example' } } });
  readonly step = signal<StepId | null>(null);
  readonly kept = signal(false);

  onStepChange(event: CustomEvent<StepChangeDetail>): void {
    this.step.set(event.detail.step);
  }
}

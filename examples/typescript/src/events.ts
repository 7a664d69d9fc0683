// The events are typed wherever a page listens: on the element, on the document and on the window.
import type { CloudpcUnsubscribeEvent, CompleteDetail, StepId } from 'cloudpc-unsubscribe';

document.addEventListener('cloudpc-keep', (event) => event.detail.step satisfies StepId);
window.addEventListener('cloudpc-complete', (event) => event.detail.requestId satisfies string);
document
  .querySelector('cloudpc-unsubscribe')
  ?.addEventListener('cloudpc-step-change', (event) => event.detail.previousStep satisfies StepId | null);

// A request completes as completed or rejected; nothing else reaches cloudpc-complete.
export function outcome(detail: CompleteDetail): 'completed' | 'rejected' {
  // @ts-expect-error -- `processing` is not an outcome
  if (detail.status === 'processing') throw new Error('unreachable');
  return detail.status;
}

// The event type comes from the main entry too, with the element as its target.
export function onComplete(event: CloudpcUnsubscribeEvent<'cloudpc-complete'>): string {
  return `${event.target.tagName} ${event.detail.requestId}`;
}

document.addEventListener('cloudpc-feedback', (event) => {
  // @ts-expect-error -- the feedback detail has a rating, no step
  return event.detail.step;
});

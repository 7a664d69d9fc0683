/**
 * Drives <cloudpc-unsubscribe> inside a framework-rendered page: finds the element the framework
 * created and walks its first step the way a subscriber does. Shared by the React and Vue tests.
 */
import { waitUntil } from '@open-wc/testing';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { click, root, setChecked, waitForStep } from '../element/drive.js';

/** The element the framework rendered into `container`, once it is there and on its first step. */
export async function widgetIn(container: Element): Promise<CloudpcUnsubscribe> {
  await waitUntil(() => container.querySelector('cloudpc-unsubscribe'), 'the framework did not render <cloudpc-unsubscribe>');
  const el = container.querySelector('cloudpc-unsubscribe')!;
  await waitForStep(el, 'prepare');
  return el;
}

function checkbox(el: CloudpcUnsubscribe, id: string): HTMLInputElement {
  const found = root(el).querySelector<HTMLInputElement>(`#${id}`);
  if (!found) throw new Error(`no checkbox #${id}`);
  return found;
}

/** prepare → reason: both acknowledgements, then Continue (`label` in the page's locale). */
export async function acknowledgeAndContinue(el: CloudpcUnsubscribe, label: string): Promise<void> {
  await setChecked(el, checkbox(el, 'cpu-backup'));
  await setChecked(el, checkbox(el, 'cpu-terms'));
  await click(el, label);
  await waitForStep(el, 'reason');
}

/** The step the host page shows, once it reads `step`. */
export async function hostShowsStep(container: Element, step: string): Promise<void> {
  await waitUntil(
    () => container.querySelector('.current-step')?.textContent === step,
    `the host page did not show step "${step}" (shows "${container.querySelector('.current-step')?.textContent ?? ''}")`,
  );
}

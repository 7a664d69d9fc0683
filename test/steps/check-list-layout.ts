/**
 * How the check list (confirm, one-click) is laid out at a given widget width, as boxes on the
 * screen: whether each value sits under its label or beside it, and how much of the row it has.
 */
import { nextFrame } from '@open-wc/testing';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import { root } from '../element/drive.js';

export interface RowLayout {
  label: string;
  /** The value starts below its label (not beside it). */
  under: boolean;
  /** The value's width as a share of the row's. */
  share: number;
}

/** Sets the widget's width, lets layout run, and measures each check-list row. */
export async function checkListAt(el: CloudpcUnsubscribe, width: string): Promise<RowLayout[]> {
  el.style.display = 'block';
  el.style.width = width;
  await nextFrame();
  return [...root(el).querySelectorAll<HTMLElement>('.check-list__row')].map((row) => {
    const label = row.querySelector('dt')!.getBoundingClientRect();
    const value = row.querySelector('.check-list__value')!.getBoundingClientRect();
    return {
      label: (row.querySelector('dt')!.textContent ?? '').trim(),
      under: value.top >= label.bottom - 1,
      share: Math.round((value.width / row.getBoundingClientRect().width) * 100) / 100,
    };
  });
}

/** Walks a mounted widget (zh-CN, guided, mock adapter with SMS) forward to a step, as a subscriber would. */
import { waitUntil } from '@open-wc/testing';
import type { CloudpcUnsubscribe } from '../../src/element/cloudpc-unsubscribe.js';
import type { StepId } from '../../src/flow/types.js';
import { chooseEffective, choice, click, field, root, setChecked, type, waitForStep } from './drive.js';

export const ORDER: StepId[] = ['prepare', 'reason', 'verify', 'confirm', 'status', 'done'];

/** The comment typed on the way, to check it survives. */
export const COMMENT = '换了公司电脑';

/**
 * `code`: the SMS code to type, or where to read it once the SMS is sent (the mock sends a new code
 * with every SMS: `() => mock.lastSmsCode()` after a reload asked for another one).
 */
export async function walkTo(el: CloudpcUnsubscribe, target: StepId, code: string | (() => string | undefined) = '123456'): Promise<void> {
  const reached = () => ORDER.indexOf(el.step ?? 'prepare') >= ORDER.indexOf(target);
  if (el.step === 'prepare' && !reached()) {
    await setChecked(el, field(el, 'backup'));
    await setChecked(el, field(el, 'terms'));
    await click(el, '继续');
    await waitForStep(el, 'reason');
  }
  if (el.step === 'reason' && !reached()) {
    await setChecked(el, choice(el, '费用过高'));
    await type(el, field<HTMLTextAreaElement>(el, 'comment'), COMMENT);
    await click(el, '继续');
    await waitForStep(el, 'verify');
  }
  if (el.step === 'verify' && !reached()) {
    // A send already on its way (after a retry) is waited for, not repeated.
    await waitUntil(() => !root(el).querySelector('button[aria-busy="true"]'), 'a call did not finish');
    if (!root(el).querySelector('input#cpu-code')) {
      if (root(el).querySelector('#cpu-method')) await setChecked(el, choice(el, '短信验证码'));
      await click(el, '发送验证码');
      await waitUntil(() => root(el).querySelector('input#cpu-code'), 'the code field did not appear');
    }
    await type(el, field(el, 'code'), (typeof code === 'function' ? code() : code) ?? '123456');
    await click(el, '验证');
    await waitForStep(el, 'confirm');
    // Nothing is chosen for the subscriber: they choose when it takes effect, and the quote follows.
    await chooseEffective(el);
  }
  if (el.step === 'confirm' && !reached()) {
    await chooseEffective(el);
    await waitUntil(() => root(el).querySelector('table'), 'the quote did not show');
    await click(el, '确认退订');
    await waitForStep(el, 'status');
  }
}

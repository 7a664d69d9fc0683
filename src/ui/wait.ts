/** A wait before a retry, in words (flow/retry-wait.ts decides the unit): "请在 3 分钟后重试。" */
import { waitInWords } from '../flow/retry-wait.js';
import type { Translate } from '../i18n/index.js';

export function waitText(t: Translate, secondsLeft: number): string {
  const { unit, count } = waitInWords(secondsLeft);
  // English needs its singular; the zh-CN table has the same keys, with the same words.
  return count === 1 ? t(`wait.${unit}One`) : t(`wait.${unit}`, { count });
}

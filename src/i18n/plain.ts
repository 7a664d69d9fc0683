/**
 * The large appearance's plain wording (messages/<locale>/plain.ts): a few short sentences in place
 * of dense ones, kept apart from the usual tables so an element in the usual appearance on the same
 * page keeps its own words. Fetched per language, once, only by an element that asks for them.
 */
import { onceEach } from '../platform/once.js';
import type { MessageTable } from './keys.js';
import type { Locale } from './locale.js';

type PlainTable = Partial<MessageTable>;

const PLAIN_LOADERS: Readonly<Record<Locale, () => Promise<{ messages: PlainTable }>>> = {
  'zh-CN': () => import('./messages/zh-CN/plain.js'),
  en: () => import('./messages/en/plain.js'),
};

const loadPlain = onceEach((locale: Locale) => PLAIN_LOADERS[locale]().then(({ messages }) => messages));

/** Fetches the plain wording of one language (once; a failed fetch is tried again on the next call). */
export function loadPlainWords(locale: Locale): Promise<void> {
  return loadPlain(locale).then(() => undefined);
}

/** The plain wording of one language, once it has arrived. */
export function plainWords(locale: Locale): PlainTable | undefined {
  return loadPlain.valueOf(locale);
}

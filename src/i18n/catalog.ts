/**
 * The message tables in use. Only the boot strings (the loading line and a retry) are here from
 * the start, in both languages; every other table is loaded per area and language (areas.ts):
 * the shell's `core` when an element connects, a step's areas with the step. Every area any
 * element has needed is remembered, so a change of language loads all of them at once.
 */
import { onceEach } from '../platform/once.js';
import { AREA_LOADERS, type MessageArea } from './areas.js';
import { bootMessages } from './messages/boot.js';
import type { Locale } from './locale.js';
import type { MessageKey } from './keys.js';

const tables: Record<Locale, Record<string, string>> = {
  'zh-CN': { ...bootMessages['zh-CN'] },
  en: { ...bootMessages.en },
};

const loaded: Record<Locale, Set<MessageArea>> = { 'zh-CN': new Set(), en: new Set() };
const wanted = new Set<MessageArea>(['core']);

/** One table, by `locale/area`: fetched once, merged into its language's strings. */
const loadArea = onceEach((id: `${Locale}/${MessageArea}`) => {
  const [locale, area] = id.split('/') as [Locale, MessageArea];
  return AREA_LOADERS[area][locale]().then(({ messages }) => {
    Object.assign(tables[locale], messages);
    loaded[locale].add(area);
  });
});

/** Loads these areas' tables for one language (each once; concurrent callers share a load). */
export function loadMessages(locale: Locale, areas: readonly MessageArea[]): Promise<void> {
  for (const area of areas) wanted.add(area);
  return Promise.all(areas.map((area) => loadArea(`${locale}/${area}`))).then(() => undefined);
}

/** True when every one of these areas has arrived in this language. */
export function hasMessages(locale: Locale, areas: readonly MessageArea[]): boolean {
  return areas.every((area) => loaded[locale].has(area));
}

/** Every area asked for so far, in any language: what a change of language must load. */
export function wantedAreas(): MessageArea[] {
  return [...wanted];
}

/** The registered string, or undefined for a key whose area has not loaded (a bug: shown as the key). */
export function lookup(locale: Locale, key: MessageKey): string | undefined {
  return tables[locale][key];
}

/**
 * The mock back end answers in the language each call asks for (`CallOptions.locale`): its
 * default texts are written in zh-CN, and an English call gets every one of them in English
 * (`mock-english.ts`, fetched the first time English is asked for). The reference back end does
 * the same with `Accept-Language`.
 */
import type { CallLocale } from '../../contract/index.js';

/** `value` with every string that `table` knows replaced by its translation; objects and arrays are copied, nothing else is touched. */
export function translated<T>(value: T, table: ReadonlyMap<string, string>): T {
  if (typeof value === 'string') return (table.get(value) ?? value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => translated(item, table)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, translated(item as unknown, table)])) as T;
  }
  return value;
}

let english: Promise<ReadonlyMap<string, string>> | undefined;

/** The answer in `locale`: as it is for zh-CN (or no locale), translated for en. */
export async function inLocale<T>(value: T, locale: CallLocale | undefined): Promise<T> {
  if (locale !== 'en' || value === undefined) return value;
  english ??= import('./mock-english.js').then((m) => m.ENGLISH);
  return translated(value, await english);
}

/**
 * The message tables in use. The shell's strings are here from the start; each step's strings
 * are registered when the step's chunk loads (see src/steps/index.ts). The full key type comes
 * from `keys.ts`, which imports every table as a type only.
 */
import { coreMessages } from './messages/core.js';
import type { Locale } from './locale.js';
import type { MessageKey } from './keys.js';

export type LocaleTables = Readonly<Record<Locale, Readonly<Record<string, string>>>>;

const tables: Record<Locale, Record<string, string>> = {
  'zh-CN': { ...coreMessages['zh-CN'] },
  en: { ...coreMessages.en },
};

export function registerMessages(module: LocaleTables): void {
  Object.assign(tables['zh-CN'], module['zh-CN']);
  Object.assign(tables.en, module.en);
}

/** The registered string, or undefined for a key whose step has not loaded (a bug: shown as the key). */
export function lookup(locale: Locale, key: MessageKey): string | undefined {
  return tables[locale][key];
}

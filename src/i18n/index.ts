import { lookup } from './catalog.js';
import type { MessageKey, MessageTable } from './keys.js';
import type { Locale } from './locale.js';

export { LOCALES, isLocale, type Locale } from './locale.js';
export type { MessageKey, MessageTable } from './keys.js';
export { hasMessages, loadMessages, wantedAreas } from './catalog.js';
export type { MessageArea } from './areas.js';

/** Host overrides: any subset of keys, per locale. */
export type MessageOverrides = Partial<Record<Locale, Partial<MessageTable>>>;

export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders. The result is a plain string that templates render as text, so
 * a value holding markup is shown literally, never parsed.
 */
export function format(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A lookup function for one locale, with the host's overrides applied. `plain` (the large
 * appearance's plain wording, i18n/plain.ts) sits between them and the usual strings: the host's
 * own words still win.
 */
export function translator(locale: Locale, overrides: MessageOverrides = {}, plain: Partial<MessageTable> = {}): Translate {
  const own = overrides[locale] ?? {};
  return (key, values) => {
    const override = own[key] ?? plain[key];
    return format(typeof override === 'string' ? override : (lookup(locale, key) ?? key), values);
  };
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

// The formatters are imported from './format.js' directly: only steps use them, and a re-export
// here would pull them into the entry with the rest of this module.
export type { Formatters } from './format.js';

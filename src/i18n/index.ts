import { en } from './en.js';
import { zhCN, type MessageKey, type MessageTable } from './zh-CN.js';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export type { MessageKey, MessageTable };

export const MESSAGES: Readonly<Record<Locale, MessageTable>> = { 'zh-CN': zhCN, en };

/** Host overrides: any subset of keys, per locale. */
export type MessageOverrides = Partial<Record<Locale, Partial<MessageTable>>>;

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/**
 * Fills `{name}` placeholders. The result is a plain string that templates render as text, so
 * a value holding markup is shown literally, never parsed.
 */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A lookup function for one locale, with the host's overrides applied. */
export function translator(locale: Locale, overrides: MessageOverrides = {}) {
  const table = MESSAGES[locale];
  const own = overrides[locale] ?? {};
  return (key: MessageKey, values?: Readonly<Record<string, string | number>>): string => {
    const override = own[key];
    return format(typeof override === 'string' ? override : table[key], values);
  };
}

export type Translate = ReturnType<typeof translator>;

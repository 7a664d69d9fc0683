import { coreMessages } from './messages/core.js';
import { prepareMessages } from './messages/prepare.js';
import { reasonMessages } from './messages/reason.js';
import { verifyMessages } from './messages/verify.js';
import { confirmMessages } from './messages/confirm.js';
import { statusMessages } from './messages/status.js';
import { doneMessages } from './messages/done.js';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

const zhCN = {
  ...coreMessages['zh-CN'],
  ...prepareMessages['zh-CN'],
  ...reasonMessages['zh-CN'],
  ...verifyMessages['zh-CN'],
  ...confirmMessages['zh-CN'],
  ...statusMessages['zh-CN'],
  ...doneMessages['zh-CN'],
};

export type MessageKey = keyof typeof zhCN;
export type MessageTable = Record<MessageKey, string>;

const en: MessageTable = {
  ...coreMessages.en,
  ...prepareMessages.en,
  ...reasonMessages.en,
  ...verifyMessages.en,
  ...confirmMessages.en,
  ...statusMessages.en,
  ...doneMessages.en,
};

export const MESSAGES: Readonly<Record<Locale, MessageTable>> = { 'zh-CN': zhCN, en };

/** Host overrides: any subset of keys, per locale. */
export type MessageOverrides = Partial<Record<Locale, Partial<MessageTable>>>;

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders. The result is a plain string that templates render as text, so
 * a value holding markup is shown literally, never parsed.
 */
export function format(template: string, values: MessageValues = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A lookup function for one locale, with the host's overrides applied. */
export function translator(locale: Locale, overrides: MessageOverrides = {}): Translate {
  const table = MESSAGES[locale];
  const own = overrides[locale] ?? {};
  return (key, values) => {
    const override = own[key];
    return format(typeof override === 'string' ? override : table[key], values);
  };
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

export { createFormatters, type Formatters } from './format.js';

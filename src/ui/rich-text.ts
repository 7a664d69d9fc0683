/**
 * Messages with small pieces of markup in them: a date, an amount or an id kept on one line
 * (`2026年12月3日至15日`, never `2026` / `年12月15日` on a phone), a styled "(optional)". The
 * message's words stay text; only the values given here as templates are markup, and they are
 * built by the widget, never parsed from a string.
 */
import { html, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/index.js';
import type { RenderContext } from './render-context.js';

export type Piece = string | number | TemplateResult;

/** `text` on one line: a date, a time, an amount, a request number, a phone number. */
export function nowrap(text: string): TemplateResult {
  return html`<span class="nowrap">${text}</span>`;
}

/**
 * A date range on as few lines as the width allows, but never broken inside a date: each side
 * on one line, the line free to break only beside the joining 至 or dash. A range that starts with
 * a bare day ("3–15 December 2026") is one piece.
 */
export function nowrapRange(range: string): TemplateResult {
  return renderRich(rangeParts(range));
}

/** `range` as rich text, split as `nowrapRange` splits it. */
export function rangeParts(range: string): Rich {
  const parts = range.split(/(至|\s?–\s?)/);
  if (parts.length < 3 || /^\d+$/.test(parts[0] ?? '')) return [atom(range)];
  return parts.map((part, i) => (i % 2 === 1 ? part : atom(part)));
}

/** An e-mail address that may break only after its @ (`cloudpc-support@` / `example.com`), never at a hyphen. */
export function nowrapEmail(address: string): TemplateResult {
  const at = address.lastIndexOf('@');
  if (at <= 0) return nowrap(address);
  return html`${nowrap(address.slice(0, at + 1))}<wbr />${nowrap(address.slice(at + 1))}`;
}

/**
 * Text as data, for what is both drawn and saved as plain text (the receipt): words, and atoms to
 * keep on one line on screen. `renderRich` draws it, `plainText` writes it.
 */
export interface Atom {
  readonly nowrap: string;
}
export type Rich = ReadonlyArray<string | Atom>;

export function atom(text: string): Atom {
  return { nowrap: text };
}

/** The message `template` with its placeholders filled (with words, atoms or rich text), as rich text. */
export function richParts(template: string, values: Readonly<Record<string, string | number | Atom | Rich>>): Rich {
  return template.split(/(\{\w+\})/).flatMap((part): Array<string | Atom> => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name === undefined || !(name in values)) return part === '' ? [] : [part];
    const value = values[name] as string | number | Atom | Rich;
    if (isRich(value)) return [...value];
    return [typeof value === 'object' ? value : String(value)];
  });
}

function isRich(value: string | number | Atom | Rich): value is Rich {
  return Array.isArray(value);
}

export function renderRich(text: Rich): TemplateResult {
  return html`${text.map((part) => (typeof part === 'string' ? part : nowrap(part.nowrap)))}`;
}

export function plainText(text: Rich): string {
  return text.map((part) => (typeof part === 'string' ? part : part.nowrap)).join('');
}

/** Fills `{name}` placeholders of `template` with pieces; a placeholder with no value stays visible, as `format` does. */
export function fill(template: string, values: Readonly<Record<string, Piece>>): Piece[] {
  return template.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && name in values ? (values[name] as Piece) : part;
  });
}

/** The message `key` in the view's language (host overrides included) with pieces in its placeholders. */
export function rich(view: RenderContext, key: MessageKey, values: Readonly<Record<string, Piece>>): TemplateResult {
  return html`${fill(view.t(key), values)}`;
}

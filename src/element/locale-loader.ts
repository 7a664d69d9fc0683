/**
 * The element's language: the message tables of the language asked for, fetched per area (only
 * that language's), and the language on screen, which changes only once every area shown so far
 * has arrived in the new one, so the widget never shows keys or half of each language. Before the
 * first language arrives the boot strings show (both languages are in the entry); a failed fetch
 * offers a retry rather than a screen of keys.
 */
import type { ReactiveControllerHost } from 'lit';
import { hasMessages, isLocale, loadMessages, wantedAreas, type Locale, type MessageArea } from '../i18n/index.js';
import { loadPlainWords, plainWords } from '../i18n/plain.js';

export class LocaleLoader {
  /** The language on screen: its tables have arrived. Null until the first language's have. */
  shown: Locale | null = null;
  /** The tables of the language asked for could not be fetched (the boot screen offers a retry). */
  failed = false;

  private readonly host: ReactiveControllerHost;
  private loading: { locale: Locale; done: Promise<void> } | null = null;
  private faqLoading: Locale | null = null;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  /** A language is on its way. */
  get busy(): boolean {
    return this.loading !== null;
  }

  /** The language asked for, or zh-CN when it is not one the widget has (with a warning). */
  static resolve(asked: unknown): Locale {
    if (isLocale(asked)) return asked;
    console.warn(`<cloudpc-unsubscribe>: unknown locale "${String(asked)}"; using zh-CN.`);
    return 'zh-CN';
  }

  /**
   * Shows `wanted` once its tables are here, fetching them if they are not: every area shown so
   * far, so a change of language lands whole. The language on screen fetches nothing here: a
   * step's own strings come with the step (and a lost one is the step's to report).
   */
  sync(wanted: Locale, large = false): void {
    // The large appearance adds its own strings and its plain wording: a language shows with them or not at all.
    const areas: MessageArea[] = large ? [...new Set([...wantedAreas(), 'large' as const])] : wantedAreas();
    const ready = (): boolean => hasMessages(wanted, areas) && (!large || plainWords(wanted) !== undefined);
    if (this.shown === wanted && (!large || ready())) return;
    if (ready()) {
      this.shown = wanted;
      return;
    }
    if (this.loading?.locale === wanted || this.failed) return;
    const done = Promise.all([loadMessages(wanted, areas), large ? loadPlainWords(wanted) : undefined]).then(
      () => this.arrived(wanted, false),
      (error: unknown) => {
        console.error(`<cloudpc-unsubscribe>: could not load the ${wanted} texts:`, error);
        this.arrived(wanted, true);
      },
    );
    this.loading = { locale: wanted, done };
  }

  /** A new language was asked for: fetch it anew, even after an earlier failure. */
  reset(): void {
    this.failed = false;
  }

  /** The boot screen's retry. */
  retry(): void {
    this.failed = false;
    this.host.requestUpdate();
  }

  /** Resolves once no language is on its way (the element's `updateComplete` waits for this). */
  async settled(): Promise<void> {
    while (this.loading !== null) await this.loading.done;
  }

  /** The built-in FAQ's strings, fetched once per language (a failed fetch is tried again on the next ask). */
  ensureFaq(locale: Locale): void {
    if (this.faqLoading === locale || hasMessages(locale, ['faq'])) return;
    this.faqLoading = locale;
    loadMessages(locale, ['faq']).then(
      () => this.host.requestUpdate(),
      (error: unknown) => {
        console.error('<cloudpc-unsubscribe>: could not load the questions and answers:', error);
        this.faqLoading = null;
      },
    );
  }

  private arrived(locale: Locale, failed: boolean): void {
    if (this.loading?.locale === locale) {
      this.loading = null;
      this.failed = failed;
    }
    this.host.requestUpdate();
  }
}

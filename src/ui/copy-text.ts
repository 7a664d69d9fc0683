/**
 * Copying a short text (a request number, a link) from a button, and saying what happened.
 *
 * The Clipboard API where the page allows it (Chrome 66, Safari 13.1, Firefox 63; a secure page).
 * Where it is missing or refused (an in-app browser, a page over plain http), the text is selected
 * instead, `execCommand('copy')` tries the old way, and if that fails too the selection stays for
 * the system's own copy command. `say` reports which: the caller's line is a polite live region,
 * so a screen reader hears it as well.
 */
export interface CopyWords {
  /** Said once the text is on the clipboard. */
  readonly copied: string;
  /** Said when the text could only be selected. */
  readonly selected: string;
}

export function copyText(text: string, source: Element | null, words: CopyWords, say: (words: string) => void): void {
  const selectInstead = (): void => {
    if (source instanceof HTMLInputElement) {
      source.focus();
      source.select();
    } else if (source) {
      const selection = window.getSelection();
      const range = document.createRange();
      range.selectNodeContents(source);
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    say(copied ? words.copied : words.selected);
  };
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (clipboard && typeof clipboard.writeText === 'function') clipboard.writeText(text).then(() => say(words.copied), selectInstead);
  else selectInstead();
}

/**
 * Writes `words` into a live line. The line is written here rather than drawn from state: it says
 * what the browser did with one click and holds none of the flow's answers; Lit never rewrites it
 * (the template binds nothing inside it). The same words a second time end in a no-break space, so
 * the text changes and a screen reader says them again.
 */
export function sayIn(line: Element | null | undefined, words: string): void {
  if (!line) return;
  line.textContent = line.textContent === words ? `${words}\u00a0` : words;
}

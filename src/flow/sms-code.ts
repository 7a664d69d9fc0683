/**
 * What a subscriber types into the SMS code field, made into the digits the back end expects.
 * Full-width digits (１２３４５６) come from a Chinese IME; spaces and dashes come from copying
 * the code out of a message ("123 456", "123-456"). Both are ignored rather than refused.
 */
export function normalizeCode(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\s\-\u2010-\u2015\u2212\u30FC\uFF0D]/g, '');
}

export function isCompleteCode(code: string, length: number): boolean {
  return code.length === length && /^[0-9]+$/.test(code);
}

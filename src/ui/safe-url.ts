/**
 * Links that come from the back end or the operator's options are shown only when they are
 * `https:` or relative to the page (a back end on the page's own origin sends relative links).
 * `javascript:`, `data:`, `http:` and the like are dropped with a console warning naming where
 * the link came from: Lit escapes text, but not an `href`.
 */
export function safeUrl(url: string | undefined, source: string): string | null {
  if (url === undefined || url.trim() === '') return null;
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed, 'https://relative.invalid/');
  } catch {
    warn(source, url);
    return null;
  }
  // A protocol-relative `//host/path` would follow the page's scheme (http on an http page).
  const explicitHttps = /^https:/i.test(trimmed) && parsed.protocol === 'https:';
  const relative = parsed.origin === 'https://relative.invalid' && !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[\\/]{2}/.test(trimmed);
  if (explicitHttps || relative) return trimmed;
  warn(source, url);
  return null;
}

const warned = new Set<string>();

function warn(source: string, url: string): void {
  const key = `${source}|${url}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `<cloudpc-unsubscribe>: ignored the link in ${source}: only https: and relative URLs are allowed (got ${JSON.stringify(url.slice(0, 80))}).`,
  );
}

/** A safe link made absolute against the page, for what leaves the page (a QR code a phone scans). */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, typeof document === 'undefined' ? undefined : document.baseURI).href;
  } catch {
    return url;
  }
}

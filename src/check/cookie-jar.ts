/**
 * Just enough of a cookie jar for a session-based back end: what a `Set-Cookie` stored is sent back
 * to the same host (or the `Domain` it named) under its `Path`, until it expires.
 * `Secure`, `SameSite` and the public-suffix rules are a browser's concerns, not a test client's.
 */

interface StoredCookie {
  name: string;
  value: string;
  /** The host it was set by, or the `Domain` attribute (then subdomains match too). */
  domain: string;
  hostOnly: boolean;
  path: string;
  expiresAt: number | undefined;
}

/** The default path of RFC 6265 5.1.4: the request path up to its last `/`. */
function defaultPath(url: URL): string {
  const slash = url.pathname.lastIndexOf('/');
  return slash <= 0 ? '/' : url.pathname.slice(0, slash);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

export class CookieJar {
  readonly #cookies = new Map<string, StoredCookie>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Stores each `Set-Cookie` value of a response from `url`. */
  store(url: URL, setCookies: readonly string[]): void {
    for (const header of setCookies) this.#storeOne(url, header);
  }

  /** The `Cookie` header for a request to `url`, or undefined when nothing matches. */
  header(url: URL): string | undefined {
    const now = this.#now();
    const host = url.hostname.toLowerCase();
    const pairs: string[] = [];
    for (const [key, cookie] of this.#cookies) {
      if (cookie.expiresAt !== undefined && cookie.expiresAt <= now) {
        this.#cookies.delete(key);
        continue;
      }
      const domainOk = cookie.hostOnly ? host === cookie.domain : host === cookie.domain || host.endsWith(`.${cookie.domain}`);
      if (domainOk && pathMatches(url.pathname, cookie.path)) pairs.push(`${cookie.name}=${cookie.value}`);
    }
    return pairs.length > 0 ? pairs.join('; ') : undefined;
  }

  #storeOne(url: URL, header: string): void {
    const [pair = '', ...attributes] = header.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) return;
    const cookie: StoredCookie = {
      name: pair.slice(0, eq).trim(),
      value: pair.slice(eq + 1).trim(),
      domain: url.hostname.toLowerCase(),
      hostOnly: true,
      path: defaultPath(url),
      expiresAt: undefined,
    };
    let maxAge: number | undefined;
    for (const attribute of attributes) {
      const [rawName = '', ...rest] = attribute.split('=');
      const name = rawName.trim().toLowerCase();
      const value = rest.join('=').trim();
      if (name === 'path' && value.startsWith('/')) cookie.path = value;
      else if (name === 'domain' && value !== '') {
        cookie.domain = value.replace(/^\./, '').toLowerCase();
        cookie.hostOnly = false;
      } else if (name === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
      else if (name === 'expires' && !Number.isNaN(Date.parse(value))) cookie.expiresAt = Date.parse(value);
    }
    // Max-Age wins over Expires (RFC 6265 5.3 step 3).
    if (maxAge !== undefined) cookie.expiresAt = this.#now() + maxAge * 1000;
    const key = `${cookie.domain}|${cookie.path}|${cookie.name}`;
    if (cookie.expiresAt !== undefined && cookie.expiresAt <= this.#now()) this.#cookies.delete(key);
    else this.#cookies.set(key, cookie);
  }
}

/**
 * The Content-Security-Policy of the test pages that prove the widget runs on a strict host: what a
 * careful operator portal would send. Nothing inline, scripts, styles and fetches from this origin
 * only, no plugins, no `<base>`, no framing, and every DOM sink behind Trusted Types.
 *
 * `lit-html` is the only Trusted Types policy the widget creates (Lit's template cloning); the e2e
 * tests prove the flow needs nothing else. Every copy of Lit on a page creates a policy of that
 * name, and the browser refuses a second one unless the page says `'allow-duplicates'`: the pages
 * with a host's own Lit or two copies of the widget need it, the plain strict page does not.
 */
import type { Reply } from './reply.js';

/** The Trusted Types policy names the widget creates; a host page must allow exactly these. */
export const WIDGET_TRUSTED_TYPES_POLICIES: readonly string[] = ['lit-html'];

function policy(trustedTypes: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');
}

/** The widget alone on the page. */
export const STRICT_CSP = policy(WIDGET_TRUSTED_TYPES_POLICIES.join(' '));

/** More than one copy of Lit on the page (the host's own, or a second copy of the widget). */
export const SHARED_LIT_CSP = policy(`${WIDGET_TRUSTED_TYPES_POLICIES.join(' ')} 'allow-duplicates'`);

/** The portal pages served under a policy, by file name. */
export const PAGE_POLICIES: Readonly<Record<string, string>> = {
  'strict.html': STRICT_CSP,
  'lit-copy.html': SHARED_LIT_CSP,
  'two-copies.html': SHARED_LIT_CSP,
};

/** `reply` with the policy of the portal file `segments` names, if it has one. */
export function withPagePolicy(segments: readonly string[], reply: Reply): Reply {
  const csp = segments.length === 1 ? PAGE_POLICIES[segments[0] ?? ''] : undefined;
  return csp === undefined ? reply : { ...reply, headers: { ...reply.headers, 'Content-Security-Policy': csp } };
}

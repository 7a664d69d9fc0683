/**
 * Which account a browser acts for: the HttpOnly cookie `cpu_visitor` names a visitor, and each
 * visitor has its own demo account (so two browsers, or two tests running at once, never see each
 * other's requests). The mapping is stored (the cookie as its SHA-256) the first time the visitor
 * does something worth keeping; everything the account holds is in the database.
 *
 * In memory there is only a cache of recent visitors, at most `maxVisitors` (least recently used
 * leave first), with what is never stored: injected faults and the call count. Leaving the cache
 * loses nothing else: the next request with the cookie reads the account from the database. A
 * flood of browsers without a cookie fills the cache, never the database.
 */
import { randomBytes } from 'node:crypto';
import { createFaultBoard, type FaultBoard } from './faults.js';
import { digest } from './secrets.js';
import type { AccountRow, AccountStore } from './store/account-store.js';

export const VISITOR_COOKIE = 'cpu_visitor';
const COOKIE_VALUE = /^[A-Za-z0-9_-]{32}$/;

export interface Visitor {
  /** The cookie's value: 192 random bits. */
  readonly id: string;
  account: AccountRow;
  /** Whether the database knows this visitor's cookie and account yet. */
  stored: boolean;
  faults: FaultBoard;
  /** Adapter calls so far, against `maxCallsPerVisitor`. */
  calls: number;
}

export interface VisitorSettings {
  store: AccountStore;
  maxVisitors: number;
  now(): number;
}

export interface VisitorCache {
  /** The cookie's visitor, or a new one (`created`) when the cookie is missing or unknown. */
  resolve(cookieHeader: string | undefined): Promise<{ visitor: Visitor; created: boolean }>;
  /** The cookie's visitor if known, without making one. */
  find(cookieHeader: string | undefined): Promise<Visitor | undefined>;
  /** Stores the visitor's cookie and account, once. */
  keep(visitor: Visitor): Promise<void>;
  /** A fresh demo account for the visitor, under the same cookie (the old one stays in the database). */
  reset(visitor: Visitor): Promise<void>;
  readonly size: number;
}

export function visitorCookie(id: string): string {
  return `${VISITOR_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax`;
}

export function readVisitorCookie(header: string | undefined): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === VISITOR_COOKIE) {
      const id = value.join('=');
      return COOKIE_VALUE.test(id) ? id : undefined;
    }
  }
  return undefined;
}

/** A demo account: `CMCC-DEMO-` and 16 hex digits. */
function newAccount(now: number): AccountRow {
  return { id: `CMCC-DEMO-${randomBytes(8).toString('hex').toUpperCase()}`, createdAt: now };
}

export function createVisitorCache({ store, maxVisitors, now }: VisitorSettings): VisitorCache {
  // A Map iterates in insertion order: re-inserting on every use keeps the least recently used first.
  const cache = new Map<string, Visitor>();

  function remember(visitor: Visitor): Visitor {
    cache.delete(visitor.id);
    while (cache.size >= maxVisitors) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
    cache.set(visitor.id, visitor);
    return visitor;
  }

  async function find(cookieHeader: string | undefined): Promise<Visitor | undefined> {
    const id = readVisitorCookie(cookieHeader);
    if (id === undefined) return undefined;
    const cached = cache.get(id);
    if (cached) return remember(cached);
    const account = await store.findVisitor(digest(id));
    return account && remember({ id, account, stored: true, faults: createFaultBoard(), calls: 0 });
  }

  return {
    async resolve(cookieHeader) {
      const known = await find(cookieHeader);
      if (known) return { visitor: known, created: false };
      const visitor: Visitor = {
        id: randomBytes(24).toString('base64url'),
        account: newAccount(now()),
        stored: false,
        faults: createFaultBoard(),
        calls: 0,
      };
      return { visitor: remember(visitor), created: true };
    },
    find,
    async keep(visitor) {
      if (visitor.stored) return;
      await store.saveVisitor(digest(visitor.id), visitor.account, now());
      visitor.stored = true;
    },
    async reset(visitor) {
      visitor.account = newAccount(now());
      visitor.faults = createFaultBoard();
      visitor.calls = 0;
      // Stored at once: the cookie must not lead back to the old account once the cache forgets it.
      await store.saveVisitor(digest(visitor.id), visitor.account, now());
      visitor.stored = true;
    },
    get size() {
      return cache.size;
    },
  };
}

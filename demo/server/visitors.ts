/**
 * One back-end state per visitor, keyed by the HttpOnly cookie `cpu_visitor`: each visitor has its
 * own mock adapter (every business rule lives there), fake phone and injected faults, so two
 * browsers, or two tests running at once, never see each other's requests.
 *
 * The store holds at most `maxVisitors` (least recently used leave first), so a client that drops
 * its cookie on every request cannot exhaust memory.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { Receipt } from '../../src/contract/index.js';
import { createMockAdapter, type MockAdapter, type MockAdapterOptions } from '../../src/adapters/mock/index.js';
import { createFaultBoard, type FaultBoard } from './faults.js';
import { createInbox, type Inbox } from './inbox.js';

export const VISITOR_COOKIE = 'cpu_visitor';
const COOKIE_VALUE = /^[A-Za-z0-9_-]{32}$/;

export interface FaceChallengeRecord {
  approved: boolean;
}

/** Everything `POST /demo/reset` replaces. */
export interface VisitorState {
  /** Public and random: names this state in face hand-off links, which must not carry the cookie's secret. */
  readonly tag: string;
  readonly adapter: MockAdapter;
  readonly inbox: Inbox;
  readonly faults: FaultBoard;
  /** The face challenges handed out, by challenge id: the hand-off page only exists for these. */
  readonly faceChallenges: Map<string, FaceChallengeRecord>;
  /** `--broken requests` only: the extra requests a key-ignoring back end created. */
  readonly duplicateReceipts: Receipt[];
  /** Adapter calls so far, against `maxCallsPerVisitor`. */
  calls: number;
  /** Submits so far (`--broken requests` makes each one a fresh key from it). */
  submits: number;
}

export interface Visitor {
  readonly id: string;
  state: VisitorState;
}

export interface VisitorSettings {
  /** `http://127.0.0.1:PORT`, known once the server listens. */
  origin(): string;
  processingAfterMs: number;
  doneAfterMs: number;
  maxVisitors: number;
  /** Extra mock knobs (tests); the ones the demo depends on are set over them. */
  mockOptions?: MockAdapterOptions;
}

export interface VisitorStore {
  /** The cookie's visitor, or a new one (`created`) when the cookie is missing or unknown. */
  resolve(cookieHeader: string | undefined): { visitor: Visitor; created: boolean };
  /** The cookie's visitor if known, without making one. */
  find(cookieHeader: string | undefined): Visitor | undefined;
  /** The visitor whose current state has this public tag. */
  byTag(tag: string): Visitor | undefined;
  reset(visitor: Visitor): void;
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

/** Six digits from a CSPRNG, so the code has to be read from the inbox rather than guessed. */
function randomSmsCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function createVisitorStore(settings: VisitorSettings): VisitorStore {
  // A Map iterates in insertion order: re-inserting on every use keeps the least recently used first.
  const byId = new Map<string, Visitor>();
  const byTag = new Map<string, Visitor>();

  function newTag(): string {
    for (;;) {
      const tag = randomBytes(4).toString('hex');
      if (!byTag.has(tag)) return tag;
    }
  }

  function newState(): VisitorState {
    const tag = newTag();
    const adapter = createMockAdapter({
      ...settings.mockOptions,
      smsCode: randomSmsCode(),
      // The challenge id alone is not unique across visitors (every mock counts from CH-1), so the
      // hand-off link carries the state's tag before it: /demo/face/<tag>-<challengeId>.
      // Relative: the widget accepts only https: and relative links, and makes this one absolute
      // against the page for the QR code a phone scans.
      faceHandoffBaseUrl: `/demo/face/${tag}-`,
      // Approved only from the hand-off page, as a real phone would.
      faceApproveAfterChecks: Infinity,
      latencyMs: 0,
      statusTimeline: {
        ...settings.mockOptions?.statusTimeline,
        processingAfterMs: settings.processingAfterMs,
        doneAfterMs: settings.doneAfterMs,
      },
      verificationMethods: ['sms', 'face', 'security-questions'],
    });
    return {
      tag,
      adapter,
      inbox: createInbox(),
      faults: createFaultBoard(),
      faceChallenges: new Map(),
      duplicateReceipts: [],
      calls: 0,
      submits: 0,
    };
  }

  function touch(visitor: Visitor): Visitor {
    byId.delete(visitor.id);
    byId.set(visitor.id, visitor);
    return visitor;
  }

  function forget(visitor: Visitor): void {
    byId.delete(visitor.id);
    byTag.delete(visitor.state.tag);
  }

  function create(): Visitor {
    while (byId.size >= settings.maxVisitors) {
      const oldest = byId.values().next().value;
      if (oldest === undefined) break;
      forget(oldest);
    }
    const visitor: Visitor = { id: randomBytes(24).toString('base64url'), state: newState() };
    byId.set(visitor.id, visitor);
    byTag.set(visitor.state.tag, visitor);
    return visitor;
  }

  function find(cookieHeader: string | undefined): Visitor | undefined {
    const id = readVisitorCookie(cookieHeader);
    const visitor = id === undefined ? undefined : byId.get(id);
    return visitor && touch(visitor);
  }

  // One state built and dropped at once, so a bad knob (a timeline that ends before it starts) throws here, not at the first visitor.
  newState();

  return {
    resolve(cookieHeader) {
      const known = find(cookieHeader);
      return known ? { visitor: known, created: false } : { visitor: create(), created: true };
    },
    find,
    byTag: (tag) => byTag.get(tag),
    reset(visitor) {
      byTag.delete(visitor.state.tag);
      visitor.state = newState();
      byTag.set(visitor.state.tag, visitor);
    },
    get size() {
      return byId.size;
    },
  };
}

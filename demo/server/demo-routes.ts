/**
 * Demo helpers beside the contract (not part of it): the fake phone and mailbox (SMS codes, and
 * receipts sent by `sendReceipt`), reset, injected faults, the
 * created requests (exactly-once checks), the offers taken instead (`/demo/agreements`), and the face hand-off page a phone would open.
 *
 * The hand-off link carries a secret of 256 random bits and nothing else: the phone has no cookie,
 * and nothing shorter may stand for "this subscriber's face was checked".
 */
import type { Desk } from './desk.js';
import { faceNotFoundPage, facePage, faceStylesheet, FACE_STYLESHEET_PATH } from './face-page.js';
import { faultInputSchema } from './faults.js';
import { emptyReply, jsonReply, type Reply } from './reply.js';
import { asObject, parseInput, readJsonBody } from './request-input.js';
import type { Route, RouteContext } from './router.js';
import { SECRET_PATTERN } from './secrets.js';
import type { VisitorCache } from './visitors.js';

export function demoRoutes(desk: Desk, visitors: VisitorCache): Route[] {
  /** The face challenge the link's secret names. */
  async function findHandoff(context: RouteContext): Promise<{ challengeId: string; approved: boolean } | undefined> {
    const secret = context.params.handoff ?? '';
    return SECRET_PATTERN.test(secret) ? desk.faceHandoff(secret) : undefined;
  }

  const pagePath = (context: RouteContext): string => `/demo/face/${encodeURIComponent(context.params.handoff ?? '')}`;

  return [
    {
      method: 'GET',
      path: '/demo/inbox',
      handler: async (context) => jsonReply(200, { messages: await desk.inbox((await context.visitor()).account) }),
    },
    {
      method: 'POST',
      path: '/demo/reset',
      handler: async (context) => {
        await visitors.reset(await context.visitor());
        return emptyReply(204);
      },
    },
    {
      method: 'POST',
      path: '/demo/faults',
      handler: async (context) => {
        const visitor = await context.visitor();
        const input = parseInput(faultInputSchema, asObject(await readJsonBody(context.req)));
        return jsonReply(200, visitor.faults.arm(input));
      },
    },
    {
      method: 'GET',
      path: '/demo/requests',
      handler: async (context) => jsonReply(200, { requests: await desk.receipts((await context.visitor()).account) }),
    },
    {
      method: 'GET',
      path: '/demo/agreements',
      handler: async (context) => jsonReply(200, { agreements: await desk.agreements((await context.visitor()).account) }),
    },
    { method: 'GET', path: FACE_STYLESHEET_PATH, handler: faceStylesheet },
    {
      method: 'GET',
      path: '/demo/face/:handoff',
      handler: async (context): Promise<Reply> => {
        const found = await findHandoff(context);
        if (!found) return faceNotFoundPage();
        return facePage({ challengeId: found.challengeId, approveAction: `${pagePath(context)}/approve`, approved: found.approved });
      },
    },
    {
      method: 'POST',
      path: '/demo/face/:handoff/approve',
      handler: async (context): Promise<Reply> => {
        const found = await findHandoff(context);
        if (!found) return faceNotFoundPage();
        await desk.approveFace(found.challengeId);
        // Post/redirect/get: a reload of the "approved" page does not post again.
        return emptyReply(303, { Location: pagePath(context) });
      },
    },
  ];
}

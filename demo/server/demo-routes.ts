/**
 * Demo helpers beside the contract (not part of it): the fake phone, reset, injected faults, the
 * created requests (exactly-once checks), and the face hand-off page a phone would open.
 */
import { faceNotFoundPage, facePage, faceStylesheet, FACE_STYLESHEET_PATH } from './face-page.js';
import { faultInputSchema } from './faults.js';
import { emptyReply, jsonReply, type Reply } from './reply.js';
import { asObject, parseInput, readJsonBody } from './request-input.js';
import type { Route, RouteContext } from './router.js';
import type { FaceChallengeRecord, Visitor, VisitorStore } from './visitors.js';

interface FaceHandoff {
  visitor: Visitor;
  challengeId: string;
  record: FaceChallengeRecord;
}

/** `<tag>-<challengeId>` as in the hand-off link: the visitor state's public tag then the mock's challenge id. */
const TAGGED_HANDOFF = /^([0-9a-f]{8})-(.+)$/;

export function demoRoutes(store: VisitorStore): Route[] {
  /**
   * The face challenge a hand-off id names: by the tag in the link (a phone has no cookie), or a
   * bare challenge id of the visitor whose cookie came along (same browser).
   */
  function findHandoff(context: RouteContext): FaceHandoff | undefined {
    const handoff = context.params.handoff ?? '';
    const tagged = TAGGED_HANDOFF.exec(handoff);
    if (tagged) {
      const [, tag = '', challengeId = ''] = tagged;
      const visitor = store.byTag(tag);
      const record = visitor?.state.faceChallenges.get(challengeId);
      if (visitor && record) return { visitor, challengeId, record };
    }
    const visitor = context.knownVisitor();
    const record = visitor?.state.faceChallenges.get(handoff);
    return visitor && record ? { visitor, challengeId: handoff, record } : undefined;
  }

  const pagePath = (context: RouteContext): string => `/demo/face/${encodeURIComponent(context.params.handoff ?? '')}`;

  return [
    {
      method: 'GET',
      path: '/demo/inbox',
      handler: (context) => jsonReply(200, { messages: context.visitor().state.inbox.messages() }),
    },
    {
      method: 'POST',
      path: '/demo/reset',
      handler: (context) => {
        store.reset(context.visitor());
        return emptyReply(204);
      },
    },
    {
      method: 'POST',
      path: '/demo/faults',
      handler: async (context) => {
        const visitor = context.visitor();
        const input = parseInput(faultInputSchema, asObject(await readJsonBody(context.req)));
        return jsonReply(200, visitor.state.faults.arm(input));
      },
    },
    {
      method: 'GET',
      path: '/demo/requests',
      handler: (context) => {
        const { adapter, duplicateReceipts } = context.visitor().state;
        return jsonReply(200, { requests: [...adapter.requests(), ...duplicateReceipts] });
      },
    },
    { method: 'GET', path: FACE_STYLESHEET_PATH, handler: faceStylesheet },
    {
      method: 'GET',
      path: '/demo/face/:handoff',
      handler: (context): Reply => {
        const found = findHandoff(context);
        if (!found) return faceNotFoundPage();
        return facePage({ challengeId: found.challengeId, approveAction: `${pagePath(context)}/approve`, approved: found.record.approved });
      },
    },
    {
      method: 'POST',
      path: '/demo/face/:handoff/approve',
      handler: (context): Reply => {
        const found = findHandoff(context);
        if (!found) return faceNotFoundPage();
        found.visitor.state.adapter.approveFace(found.challengeId);
        found.record.approved = true;
        // Post/redirect/get: a reload of the "approved" page does not post again.
        return emptyReply(303, { Location: pagePath(context) });
      },
    },
  ];
}

/** The words the live region says for each change the flow reports (flow/screen-changes.ts). */
import { secondsUntil } from '../flow/retry-wait.js';
import { blockedScreen, type BlockedScreen } from '../flow/shell.js';
import type { Announcement } from '../flow/screen-changes.js';
import type { FlowState } from '../flow/types.js';
import type { MessageKey, Translate } from '../i18n/index.js';
import { isPreSubmit } from '../flow/steps.js';
import { serviceErrorTitleKey } from '../ui/labels.js';
import { offerTitle } from '../ui/offer-title.js';
import type { RenderContext } from '../ui/render-context.js';
import { waitText } from '../ui/wait.js';

/** The heading of a step: `done` says plainly when the request was turned down or taken back. */
export function stepTitleKey(state: FlowState): MessageKey {
  if (state.step === 'done' && state.status?.status === 'rejected') return 'step.done.rejected';
  if (state.step === 'done' && state.status?.status === 'withdrawn') return 'step.done.withdrawn';
  return `step.${state.step}`;
}

/**
 * The words for what just changed, at `now` (ms); `hasAdapter` tells a page without a back end
 * apart from one that cannot be reached.
 */
export function announcementWords(announcements: readonly Announcement[], view: RenderContext, hasAdapter: boolean, now: number): string {
  return announcements.map((announcement) => wordsFor(announcement, view, blockedScreen(view.state, hasAdapter), now)).join(' ');
}

/** " 请在 30 秒后重试。" when the failure asks to wait, else nothing: said once, as the countdown on screen is not. */
function waitWords(view: RenderContext, retryAt: string | undefined, now: number): string {
  const left = secondsUntil(retryAt, now);
  return left > 0 ? ` ${waitText(view.t, left)}` : '';
}

function wordsFor(announcement: Announcement, view: RenderContext, blocked: BlockedScreen, now: number): string {
  const t: Translate = view.t;
  const { state } = view;
  switch (announcement.kind) {
    case 'step':
      // After submitting, the step is no longer one of a count (the frame shows no counter either).
      return isPreSubmit(announcement.step)
        ? t('announce.step', { current: announcement.current, total: announcement.total, title: t(stepTitleKey(state)) })
        : t(stepTitleKey(state));
    case 'blocked':
      return `${t(`blocked.${blocked}`)}${waitWords(view, state.blocked?.error?.retryAt, now)}`;
    case 'service-error':
      return `${t('announce.serviceError', { title: t(serviceErrorTitleKey(announcement.code)), message: t(`error.${announcement.code}`) })}${waitWords(view, state.serviceError?.error.retryAt, now)}`;
    case 'retry-ready':
      return t('wait.ready');
    case 'code-sent':
      return t('verify.sms.sent', { phone: announcement.maskedPhone });
    case 'face-waiting':
      return t('verify.face.announceWaiting');
    case 'verified':
      return t('verify.verified.title');
    case 'offer':
      return t('reason.offer.announce', { title: offerTitle(view, announcement.offerId) });
    case 'status-stage':
      return t('status.announce.stage', { stage: t(`status.stage.${announcement.stage}`) });
    case 'status-refreshed':
      return t('status.announce.refreshed', { stage: t(`status.stage.${announcement.stage}`) });
    case 'feedback-sent':
      return t('done.feedback.thanks');
  }
}

import type { MessageKey } from '../i18n/index.js';
import { localized } from '../options/index.js';
import type { UnsubscribeErrorCode } from '../contract/errors.js';
import type { FieldError } from '../flow/types.js';
import { DEFAULT_REASONS } from '../flow/defaults.js';
import { countdown } from '../flow/verification-clock.js';
import type { RenderContext } from './render-context.js';

/** A wait as words that count down ("15分钟后" / "in 15 minutes"), rounded up as `countdown` says. */
export function waitWords(view: RenderContext, until: number, now: number): string {
  const { value, unit } = countdown(until, now);
  return view.fmt.relative(value, unit);
}

/** The label of a reason: the back end's, the operator's option, or the built-in one. */
export function reasonLabel(view: RenderContext, id: string): string {
  const fromContext = view.state.context?.reasons?.find((r) => r.id === id);
  if (fromContext) return fromContext.label;
  const fromOptions = view.options.reasons?.find((r) => r.id === id);
  if (fromOptions) return localized(fromOptions.label, view.locale);
  if (DEFAULT_REASONS.some((r) => r.id === id)) return view.t(`reason.default.${id}` as MessageKey);
  return id;
}

/**
 * The words of a field error, with the numbers and times it needs. Same words inline and in the
 * summary. A step's view carries the time of the render (`now`), which a wait is counted from.
 */
export function fieldErrorText(view: RenderContext & { readonly now?: number }, error: FieldError): string {
  const { t, state } = view;
  const attempts = state.verification.attemptsLeft;
  const method = state.verification.challenge?.method;
  // The machine files every failed check under the code or answers field; the words depend on
  // the method: a face check is not "a wrong code".
  if (method === 'face' && (error.key === 'codeWrong' || error.key === 'codeExpired')) {
    return t(error.key === 'codeWrong' ? 'field.faceFailed' : 'field.faceExpired');
  }
  if (method === 'security-questions' && error.key === 'codeExpired') return t('field.answersExpired');
  switch (error.key) {
    case 'tooManyReasons':
      return t('field.tooManyReasons', { max: state.config.maxReasons });
    case 'commentTooLong':
      return t('field.commentTooLong', { max: state.config.commentMaxLength });
    case 'codeFormat': {
      const challenge = state.verification.challenge;
      return t('field.codeFormat', { length: challenge?.method === 'sms' ? challenge.codeLength : 6 });
    }
    case 'codeWrong':
      return attempts === null ? t('field.codeWrongNoCount') : t('field.codeWrong', { attempts });
    case 'answerWrong':
      return attempts === null ? t('field.answerWrongNoCount') : t('field.answerWrong', { attempts });
    case 'verificationLocked': {
      const method = state.answers.method;
      const until = method === null ? undefined : state.verification.holds[method]?.until;
      return until === undefined
        ? t('field.verificationLockedNoTime')
        : t('field.verificationLocked', { time: view.fmt.dateTime(until), zone: t('timezone.beijing') });
    }
    case 'challengeRefused': {
      const method = state.answers.method;
      const until = method === null ? undefined : state.verification.holds[method]?.until;
      if (until === undefined || view.now === undefined || Date.parse(until) <= view.now) return t('field.challengeRefusedNoTime');
      return t('field.challengeRefused', { when: waitWords(view, Date.parse(until), view.now) });
    }
    default:
      return t(`field.${error.key}`);
  }
}

/**
 * The heading of a service problem, by what went wrong: a rate limit or an expired sign-in is not
 * an outage, and is not headed as one.
 */
export function serviceErrorTitleKey(code: UnsubscribeErrorCode): MessageKey {
  switch (code) {
    case 'rate-limited':
      return 'serviceError.title.rate-limited';
    case 'unauthenticated':
      return 'serviceError.title.unauthenticated';
    case 'network':
    case 'timeout':
      return 'serviceError.title.connection';
    case 'conflict':
      return 'serviceError.title.conflict';
    case 'invalid-input':
    case 'not-found':
      return 'serviceError.title.request';
    default:
      return 'serviceError.title';
  }
}

/**
 * The `verify` step (验证身份): the subscriber proves who they are with one of the methods the
 * operator allows. `renderVerification` (the method choice and the chosen method's UI) is also
 * what the one-click screen shows.
 *
 * Everything here renders `view.state` and sends intents; the machine decides. What the step needs
 * done over time (the resend countdown, expiry and lock-out ends, waiting for the face result,
 * the QR library) the element's controllers do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Challenge, FaceChallenge, SecurityQuestionsChallenge, VerificationMethod } from '../contract/types.js';
import { errorId, errorsFor, fieldId } from '../ui/field-ids.js';
import type { StepView } from './view.js';
import type { FieldErrorKey, FieldId } from '../flow/types.js';
import { button } from '../ui/button.js';
import { choiceGroup, fieldError, textField } from '../ui/fields.js';
import { fieldErrorText, waitWords } from '../ui/labels.js';
import { absoluteUrl, safeUrl } from '../ui/safe-url.js';
import { holdAt, isLockedAt, lockScope, methodsOpenAt, smsClock } from '../flow/verification-clock.js';
import { copyText, sayIn } from '../ui/copy-text.js';
import { qrState, qrSvg } from './verify-qr.js';

// What the element takes in with the step when its chunk arrives (see steps/index.ts).
export { verifyStyles } from './verify.styles.js';

/** The `verify` step's body: a short reason for the check, then the verification itself. */
export function renderVerify(view: StepView): TemplateResult {
  const verified = view.state.secrets.proof !== null;
  return html`${verified ? nothing : html`<p>${view.t('verify.intro')}</p>`} ${renderVerification(view)}`;
}

/**
 * The method choice (when several methods are allowed) and the chosen method's UI, or the
 * "identity verified" message once there is a proof. Used by `verify` and by `one-click`.
 */
export function renderVerification(view: StepView): TemplateResult {
  const { state } = view;
  const methods = state.context?.verificationMethods ?? [];
  if (methods.length === 0) return html``;
  if (state.secrets.proof !== null) return renderVerified(view);
  const method = state.answers.method;
  // While the chosen method is locked out nothing invites typing a code that cannot be checked,
  // and nothing promises how long a code works: the lock, its end and the ways on instead.
  const locked = method !== null && isLockedAt(state, view.now);
  return html`<div class="verify">
    ${methods.length > 1 ? renderMethodChoice(view, methods) : nothing} ${locked ? renderLocked(view, method) : nothing}
    ${!locked && method === 'sms' ? renderSms(view) : nothing} ${!locked && method === 'face' ? renderFace(view, methods) : nothing}
    ${!locked && method === 'security-questions' ? renderQuestions(view) : nothing}
  </div>`;
}

// ---- shared parts

function methodLabel(view: StepView, method: VerificationMethod): string {
  return view.t(`method.${method}`);
}

function renderVerified(view: StepView): TemplateResult {
  const method = view.state.answers.method;
  return html`<div class="notice verify-verified">
    <p class="verify-verified__title"><span class="verify-verified__mark" aria-hidden="true">✓</span> ${view.t('verify.verified.title')}</p>
    ${method === null ? nothing : html`<p>${view.t('verify.verified.method', { method: methodLabel(view, method) })}</p>`}
  </div>`;
}

function renderMethodChoice(view: StepView, methods: readonly VerificationMethod[]): TemplateResult {
  const phone = view.state.context?.account.maskedPhone;
  const hint = (method: VerificationMethod): string => {
    if (method !== 'sms') return view.t(`verify.method.hint.${method}`);
    return phone ? view.t('verify.method.hint.sms', { phone }) : view.t('verify.method.hint.smsNoPhone');
  };
  return choiceGroup(view, {
    field: 'method',
    legend: view.t('verify.method.legend'),
    type: 'radio',
    items: methods.map((method) => ({ value: method, label: methodLabel(view, method), hint: hint(method) })),
    selected: view.state.answers.method === null ? [] : [view.state.answers.method],
    onChange: (value, selected) => {
      if (selected) view.send({ type: 'CHOOSE_METHOD', method: value as VerificationMethod });
    },
  });
}

function hasErrorKey(view: StepView, key: FieldErrorKey): boolean {
  return view.state.fieldErrors.some((e) => e.key === key);
}

/** On the one-click screen 确认退订 is the one primary action: it checks a typed code and submits. */
function oneClick(view: StepView): boolean {
  return view.state.step === 'one-click';
}

/** The button that asks for a challenge: the primary action of the guided step, secondary beside 确认退订. */
function startKind(view: StepView): 'primary' | 'secondary' {
  return oneClick(view) ? 'secondary' : 'primary';
}

/**
 * Why a new code (or a new challenge) cannot be asked for now, as words for the disabled button's
 * accessible description and the line beside it: locked until …, refused until …, or the resend
 * countdown. Null when it may be asked for.
 */
function startWait(view: StepView): string | null {
  const { t, state, now } = view;
  const hold = holdAt(state, state.answers.method, now);
  if (hold !== null)
    return t(hold.kind === 'locked' ? 'verify.hold.locked' : 'verify.hold.wait', { when: waitWords(view, Date.parse(hold.until), now) });
  const clock = smsClock(state, now);
  if (clock === null || clock.secondsToResend === 0 || state.verification.lastFailure === 'expired') return null;
  return clock.secondsToResend === 1 ? t('verify.sms.resendInOne') : t('verify.sms.resendIn', { seconds: clock.secondsToResend });
}

const START_WAIT_ID = `${fieldId('code')}-resend-wait`;

/** The line under a disabled start or resend button that says why (the button's aria-describedby names it). */
function startWaitHint(wait: string | null): TemplateResult | typeof nothing {
  return wait === null ? nothing : html`<p class="hint verify-resend__wait" id=${START_WAIT_ID}>${wait}</p>`;
}

/** The label of the button that asks for a challenge of `method`, as the method's own panel has it. */
function startLabel(view: StepView, method: VerificationMethod): string {
  if (method === 'sms') return view.t(view.state.verification.challenge?.method === 'sms' ? 'verify.sms.resend' : 'verify.sms.send');
  if (method === 'face') return view.t('verify.face.start');
  return view.t('verify.questions.start');
}

/**
 * The chosen method is locked out: for how long, in words that count down; the other methods the
 * back end may still allow (a lock may cover one method); and, where the operator gives one, the
 * hotline. The panel takes the field's id, so the error summary's link lands on it.
 */
function renderLocked(view: StepView, method: VerificationMethod): TemplateResult {
  const { t, state, now } = view;
  const hold = holdAt(state, method, now);
  const when = hold === null ? '' : waitWords(view, Date.parse(hold.until), now);
  const scope = lockScope(state, now);
  const others = scope === 'method' ? methodsOpenAt(state, now) : [];
  const hotline = state.context?.support.hotline;
  const field: FieldId = state.fieldErrors.find((e) => e.key === 'verificationLocked')?.field ?? 'code';
  const wait = startWait(view);
  return panel(
    view,
    field,
    html`<div class="notice notice--danger verify-locked" id=${errorId(field)}>
        <p>
          <span class="visually-hidden">${t('field.errorPrefix')}</span>${
            scope === 'all' ? t('verify.locked.all', { when }) : t('verify.locked.method', { method: methodLabel(view, method), when })
          }
        </p>
        ${hotline ? html`<p>${t('verify.locked.hotline', { hotline })}</p>` : nothing}
      </div>
      ${
        others.length > 0
          ? html`<p class="verify-other">
              ${others.map((other) =>
                button({
                  kind: 'link',
                  label: t('verify.locked.useMethod', { method: methodLabel(view, other) }),
                  onClick: () => view.send({ type: 'CHOOSE_METHOD', method: other }),
                }),
              )}
            </p>`
          : nothing
      }
      <div class="actions verify-actions">
        ${button({
          kind: 'secondary',
          label: startLabel(view, method),
          disabled: true,
          describedBy: wait === null ? undefined : START_WAIT_ID,
          onClick: () => view.send({ type: 'REQUEST_CHALLENGE' }),
        })}
      </div>
      ${startWaitHint(wait)}`,
  );
}

function pendingOperation(view: StepView): string | null {
  return view.state.pending?.operation ?? null;
}

function challengeFor<M extends VerificationMethod>(view: StepView, method: M): Extract<Challenge, { method: M }> | null {
  const challenge = view.state.verification.challenge;
  return challenge !== null && challenge.method === method ? (challenge as Extract<Challenge, { method: M }>) : null;
}

/**
 * The panel of a method whose own controls do not carry the field's id: it takes the id, so the
 * error summary's link for that field (e.g. "confirm it is you first" in one-click) lands here.
 */
function panel(view: StepView, field: FieldId, content: TemplateResult, error: TemplateResult | typeof nothing = nothing): TemplateResult {
  const invalid = errorsFor(view.state.fieldErrors, field).length > 0;
  return html`<div
    class="verify-panel ${invalid ? 'field field--error' : ''}"
    id=${fieldId(field)}
    tabindex="-1"
    aria-describedby=${ifDefined(invalid ? errorId(field) : undefined)}
  >
    ${error} ${content}
  </div>`;
}

/** A method-specific message in the place and shape of a field error. */
function ownFieldError(view: StepView, field: FieldId, text: string): TemplateResult {
  return html`<p class="field-error" id=${errorId(field)}><span class="visually-hidden">${view.t('field.errorPrefix')}</span>${text}</p>`;
}

// ---- SMS

function renderSms(view: StepView): TemplateResult {
  const { t, state } = view;
  const now = view.now;
  const clock = smsClock(state, now);
  const pending = pendingOperation(view);
  const sending = pending === 'startVerification';
  const wait = startWait(view);

  if (clock === null) {
    const phone = state.context?.account.maskedPhone;
    return panel(
      view,
      'code',
      html`<p>${phone ? t('verify.sms.intro', { phone }) : t('verify.sms.introNoPhone')}</p>
        <div class="actions verify-actions">
          ${button({
            kind: startKind(view),
            label: sending ? t('verify.sms.sending') : t('verify.sms.send'),
            busy: sending,
            disabled: pending !== null || wait !== null,
            describedBy: wait === null ? undefined : START_WAIT_ID,
            onClick: () => view.send({ type: 'REQUEST_CHALLENGE' }),
          })}
        </div>
        ${startWaitHint(wait)}`,
      fieldError(view, 'code'),
    );
  }

  const { challenge } = clock;
  const sentLine =
    challenge.expiresInSeconds % 60 === 0 && challenge.expiresInSeconds >= 120
      ? t('verify.sms.sentValidMinutes', { phone: challenge.maskedPhone, minutes: challenge.expiresInSeconds / 60 })
      : t('verify.sms.sentValidSeconds', { phone: challenge.maskedPhone, seconds: challenge.expiresInSeconds });
  const resend = button({
    kind: clock.expired ? startKind(view) : 'secondary',
    label: sending ? t('verify.sms.sending') : t('verify.sms.resend'),
    busy: sending,
    disabled: pending !== null || wait !== null,
    describedBy: wait === null ? undefined : START_WAIT_ID,
    onClick: () => view.send({ type: 'REQUEST_CHALLENGE' }),
  });
  const expiredByClock = clock.expired && !hasErrorKey(view, 'codeExpired');
  const check = checkAction(view, pending, { idle: t('verify.sms.check'), busy: t('verify.sms.checking') }, () =>
    view.send({ type: 'CHECK' }),
  );

  return html`<div class="verify-panel">
    <p>${sentLine}</p>
    ${textField(view, {
      field: 'code',
      label: t('verify.sms.codeLabel'),
      hint: t('verify.sms.codeHint', { length: challenge.codeLength }),
      value: state.secrets.code,
      inputmode: 'numeric',
      autocomplete: 'one-time-code',
      size: challenge.codeLength + 2,
      spellcheck: false,
      // The raw text: the machine ignores spaces and dashes and reads full-width digits.
      onInput: (code) => view.send({ type: 'SET_CODE', code }),
      onEnter: () => view.send({ type: oneClick(view) ? 'SUBMIT' : 'CHECK' }),
    })}
    ${
      clock.expired
        ? html`${expiredByClock ? html`<p class="notice notice--danger">${t('verify.sms.expired')}</p>` : nothing}
            <div class="actions verify-actions">${resend}</div>
            ${startWaitHint(wait)}`
        : html`${check}
            <div class="verify-resend">
              <p class="verify-resend__question">${t('verify.sms.notReceived')}</p>
              ${resend} ${startWaitHint(wait)}
            </div>`
    }
  </div>`;
}

// ---- face recognition

function renderFace(view: StepView, methods: readonly VerificationMethod[]): TemplateResult {
  const { t } = view;
  const challenge = challengeFor(view, 'face');
  const pending = pendingOperation(view);
  const starting = pending === 'startVerification';
  const failure = view.state.verification.lastFailure;
  const waiting = challenge !== null && (failure === null || failure === 'pending');
  const label = starting ? t('verify.face.starting') : challenge === null ? t('verify.face.start') : t('verify.face.restart');
  const wait = startWait(view);
  const start = html`<div class="actions verify-actions">
      ${button({
        kind: startKind(view),
        label,
        busy: starting,
        disabled: pending !== null || wait !== null,
        describedBy: wait === null ? undefined : START_WAIT_ID,
        onClick: () => view.send({ type: 'REQUEST_CHALLENGE' }),
      })}
    </div>
    ${startWaitHint(wait)}`;

  let content: TemplateResult;
  if (challenge === null) {
    content = html`<p>${t('verify.face.intro')}</p>
      ${start}`;
  } else if (waiting) {
    content = renderFaceHandoff(view, challenge);
  } else {
    content = start;
  }
  return html`${panel(view, 'code', content, faceError(view))} ${renderOtherMethod(view, methods)}`;
}

/** Face failures in face words (the machine files them under the code field). */
function faceError(view: StepView): TemplateResult | typeof nothing {
  const errors = errorsFor(view.state.fieldErrors, 'code');
  if (errors.length === 0) return nothing;
  const attempts = view.state.verification.attemptsLeft;
  const words = errors.map((error) => {
    if (error.key === 'codeWrong')
      return attempts === null ? view.t('verify.face.failed') : view.t('verify.face.failedAttempts', { attempts });
    if (error.key === 'codeExpired') return view.t('verify.face.expired');
    return fieldErrorText(view, error);
  });
  return ownFieldError(view, 'code', words.join(' '));
}

/**
 * The hand-off, two ways, one shown by the screen (verify.styles.ts): on a phone (a touch screen
 * narrower than a tablet) a button that opens the hand-off on this phone, since a QR code cannot be
 * scanned by the phone showing it; on a larger screen the QR code, to scan with a phone, and the
 * link in a field of its own (never broken across lines) to copy. Both can copy the link.
 */
function renderFaceHandoff(view: StepView, challenge: FaceChallenge): TemplateResult {
  const { t } = view;
  const safe = safeUrl(challenge.handoffUrl, 'challenge.handoffUrl');
  if (safe === null) return html`<p class="notice notice--danger">${t('verify.face.badLink')}</p>`;
  // The QR code and the link are opened on a phone: a relative link means nothing there.
  const url = absoluteUrl(safe);
  const qr = qrState(url);
  let picture: TemplateResult;
  if (qr.status === 'ready') picture = qrSvg(qr.image, t('verify.face.qrLabel'));
  else if (qr.status === 'loading') picture = html`<p class="hint verify-qr__placeholder">${t('verify.face.qrLoading')}</p>`;
  else picture = html`<p class="hint">${t('verify.face.qrUnavailable')}</p>`;
  const words = { copied: t('verify.face.copied'), selected: t('verify.face.selected') };
  const copy = (e: Event): void => {
    const panel = (e.currentTarget as HTMLElement).closest('.verify-handoff');
    copyText(url, panel?.querySelector('.verify-link__url') ?? null, words, (said) =>
      sayIn(panel?.querySelector('.verify-link__status'), said),
    );
  };
  const urlId = `${fieldId('code')}-handoff-url`;
  return html`<div class="verify-handoff">
    <div class="verify-handoff__here">
      <p>${t('verify.face.phoneInstructions')}</p>
      <div class="actions verify-actions">
        <a part="primary-action" class="button button--primary verify-handoff__open" href=${url} target="_blank" rel="noopener noreferrer"
          >${t('verify.face.continueHere')}<span class="visually-hidden">${' '}${t('link.newWindow')}</span></a
        >
        <button type="button" part="link-action" class="button button--link" @click=${copy}>${t('verify.face.copyLink')}</button>
      </div>
    </div>
    <div class="verify-handoff__elsewhere">
      <p>${t('verify.face.instructions')}</p>
      <div class="verify-qr">${picture}</div>
      <div class="verify-link">
        <label for=${urlId}>${t('verify.face.linkLabel')}</label>
        <div class="verify-link__row">
          <input type="text" id=${urlId} class="input verify-link__url" readonly .value=${url} spellcheck="false" />
          <button type="button" part="secondary-action" class="button button--secondary" @click=${copy}>
            ${t('verify.face.copyLink')}
          </button>
        </div>
      </div>
    </div>
    <p class="verify-link__status hint" role="status"></p>
    <p class="verify-waiting">${t('verify.face.waiting')}</p>
  </div>`;
}

/** Face is never the only method: always a way to another one. */
function renderOtherMethod(view: StepView, methods: readonly VerificationMethod[]): TemplateResult | typeof nothing {
  const others = methods.filter((m) => m !== 'face');
  if (others.length === 0) return nothing;
  const [only] = others;
  if (others.length === 1 && only !== undefined) {
    return html`<p class="verify-other">
      ${button({
        kind: 'link',
        label: view.t('verify.face.useMethod', { method: methodLabel(view, only) }),
        onClick: () => view.send({ type: 'CHOOSE_METHOD', method: only }),
      })}
    </p>`;
  }
  // Several others: take the subscriber to the choice, where they pick one.
  const toChoice = (e: Event): void => {
    const root = (e.currentTarget as Element).getRootNode() as ParentNode;
    const radio = root.querySelector<HTMLInputElement>(`#${fieldId('method')}`);
    radio?.focus();
    radio?.scrollIntoView?.({ block: 'center' });
  };
  return html`<p class="verify-other">
    <button type="button" part="link-action" class="button button--link" @click=${toChoice}>${view.t('verify.face.useAnother')}</button>
  </p>`;
}

// ---- security questions

function renderQuestions(view: StepView): TemplateResult {
  const { t } = view;
  const challenge = challengeFor(view, 'security-questions');
  const pending = pendingOperation(view);
  const starting = pending === 'startVerification';
  const wait = startWait(view);
  const start = (label: string): TemplateResult =>
    html`<div class="actions verify-actions">
        ${button({
          kind: startKind(view),
          label: starting ? t('verify.questions.starting') : label,
          busy: starting,
          disabled: pending !== null || wait !== null,
          describedBy: wait === null ? undefined : START_WAIT_ID,
          onClick: () => view.send({ type: 'REQUEST_CHALLENGE' }),
        })}
      </div>
      ${startWaitHint(wait)}`;

  if (challenge === null) {
    return panel(
      view,
      'code',
      html`<p>${t('verify.questions.intro')}</p>
        ${start(t('verify.questions.start'))}`,
      fieldError(view, 'code'),
    );
  }
  if (view.state.verification.lastFailure === 'expired') {
    // The machine files this under `answers`; the panel takes that id so the summary link lands here.
    return panel(view, 'answers', start(t('verify.questions.restart')), ownFieldError(view, 'answers', t('verify.questions.expired')));
  }
  return renderQuestionForm(view, challenge, pending);
}

/**
 * A panel's own check button (验证), busy while the check is in flight. None on the one-click
 * screen: there 确认退订 checks the code or answers and submits in the same press.
 */
function checkAction(
  view: StepView,
  pending: string | null,
  labels: { idle: string; busy: string },
  onClick: () => void,
): TemplateResult | typeof nothing {
  if (oneClick(view)) return nothing;
  const checking = pending === 'verify';
  return html`<div class="actions verify-actions">
    ${button({ kind: 'primary', label: checking ? labels.busy : labels.idle, busy: checking, disabled: pending !== null, onClick })}
  </div>`;
}

function renderQuestionForm(view: StepView, challenge: SecurityQuestionsChallenge, pending: string | null): TemplateResult {
  const { t, state } = view;
  const groupErrors = errorsFor(state.fieldErrors, 'answers');
  const invalid = groupErrors.length > 0;
  // On the one-click screen 确认退订 checks the answers and submits in the same press.
  const check = (): void => view.send({ type: oneClick(view) ? 'SUBMIT' : 'CHECK' });
  return panel(
    view,
    'code',
    html`<fieldset
        class="verify-questions ${invalid ? 'field--error' : ''}"
        id=${fieldId('answers')}
        tabindex="-1"
        aria-describedby=${ifDefined(invalid ? errorId('answers') : undefined)}
      >
        <legend>${t('verify.questions.legend')}</legend>
        <p class="hint">${t('verify.questions.intro')}</p>
        ${fieldError(view, 'answers')}
        ${challenge.questions.map((question) =>
          textField(view, {
            field: `answer:${question.id}`,
            label: question.prompt,
            value: state.secrets.answers[question.id] ?? '',
            autocomplete: 'off',
            spellcheck: false,
            onInput: (answer) => view.send({ type: 'SET_ANSWER', questionId: question.id, answer }),
            onEnter: check,
          }),
        )}
      </fieldset>
      ${checkAction(view, pending, { idle: t('verify.questions.check'), busy: t('verify.questions.checking') }, check)}`,
    fieldError(view, 'code'),
  );
}

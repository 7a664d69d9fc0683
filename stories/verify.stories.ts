import type { Meta } from '@storybook/web-components-vite';
import { WIDGET_ARG_TYPES } from './support/meta.js';
import { storyMock } from './support/mock.js';
import { DEFAULT_ARGS, stateStory, type WidgetArgs } from './support/widget.js';

const meta = {
  title: 'Steps/Verify',
  component: 'cloudpc-unsubscribe',
  args: DEFAULT_ARGS,
  argTypes: WIDGET_ARG_TYPES,
} satisfies Meta<WidgetArgs>;
export default meta;

const ALL_METHODS = ['sms', 'face', 'security-questions'] as const;

/** Three ways to prove it is the subscriber; none chosen yet. */
export const ChooseMethod = stateStory({ adapter: () => storyMock({ verificationMethods: [...ALL_METHODS] }), target: 'verify' });

/** The code is on its way; the resend countdown runs from 60 s. */
export const SmsSent = stateStory({ adapter: () => storyMock(), target: 'sms-sent' });

/** A wrong code: the message says how many attempts are left. */
export const WrongCode = stateStory({ adapter: () => storyMock(), target: 'wrong-code' });

/** The last attempt was wrong: verification is locked for 15 minutes. */
export const LockedOut = stateStory({ adapter: () => storyMock({ maxAttempts: 1 }), target: 'wrong-code' });

const FACE_PENDING = {
  adapter: () => storyMock({ verificationMethods: [...ALL_METHODS], faceApproveAfterChecks: Infinity }),
  target: 'face-pending',
} as const;

/** Face recognition started on a computer: the QR code to scan with the phone, waiting for the result. */
export const FacePending = stateStory({ ...FACE_PENDING, globals: { viewport: { value: 'desktop', isRotated: false } } });

/** Face recognition started on the phone itself: the link opens the check on the same phone. */
export const FaceOnPhone = stateStory({ ...FACE_PENDING, globals: { viewport: { value: 'phone', isRotated: false } } });

export const SecurityQuestions = stateStory({
  adapter: () => storyMock({ verificationMethods: [...ALL_METHODS] }),
  target: 'questions',
});

/** The fake phone: the SMS messages the demo back end "sent" to one visitor, newest first. */

export interface SmsMessage {
  /** The masked number the challenge named, as the subscriber sees it. */
  to: string;
  code: string;
  sentAt: string;
}

export interface Inbox {
  record(message: SmsMessage): void;
  messages(): SmsMessage[];
}

/** Keeps the last `limit` messages: a resend loop cannot grow it. */
export function createInbox(limit = 20): Inbox {
  const messages: SmsMessage[] = [];
  return {
    record(message) {
      messages.unshift({ ...message });
      messages.length = Math.min(messages.length, limit);
    },
    messages: () => messages.map((m) => ({ ...m })),
  };
}

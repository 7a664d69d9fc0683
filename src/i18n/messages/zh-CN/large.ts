/** Strings only the large appearance shows: the way to reach a person on every step. Keys start with `large.`. */
export const messages = {
  'large.help.title': '需要帮助？',
  'large.help.intro': '办理中有任何疑问，可以找客服人员帮您。',
  'large.help.call': '打电话给客服 {hotline}',
  'large.help.chat': '在线问客服',
} as const;

export type LargeKey = keyof typeof messages;

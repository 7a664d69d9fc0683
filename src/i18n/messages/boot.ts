/**
 * The few strings the widget shows before its language's tables arrive: the loading line, its
 * label, a long wait, and what to say if the tables, or any other part of the widget, cannot be
 * fetched. Both languages, in the entry: whatever fails first (the context, the tables, both), the
 * boot screen has words for it, and nothing else is shown or announced before the tables arrive.
 */
const zh = {
  'widget.label': '退订{product}',
  'widget.loading': '正在加载退订信息…',
  'action.retry': '重试',
  'error.network': '网络连接失败，请检查网络后重试。',
  'error.chunk': '页面有部分内容没能加载，请检查网络后重试。',
  'wait.slow.loading': '加载时间比平时长。您可以继续等待，也可以重试。',
} as const;

export type BootKey = keyof typeof zh;

const en: Record<BootKey, string> = {
  'widget.label': 'Unsubscribe from {product}',
  'widget.loading': 'Loading your subscription…',
  'action.retry': 'Try again',
  'error.network': 'The connection failed. Check your network and try again.',
  'error.chunk': 'Part of this page did not load. Check your connection and try again.',
  'wait.slow.loading': 'This is taking longer than usual. You can keep waiting or try again.',
};

export const bootMessages = { 'zh-CN': zh, en };

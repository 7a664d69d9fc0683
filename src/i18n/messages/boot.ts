/**
 * The few strings the widget shows before its language's tables arrive: the loading line, its
 * label, and what to say if the tables, or any other part of the widget, cannot be fetched. Both
 * languages, in the entry.
 */
const zh = {
  'widget.label': '退订{product}',
  'widget.loading': '正在加载退订信息…',
  'action.retry': '重试',
  'error.network': '网络连接失败，请检查网络后重试。',
  'error.chunk': '页面有部分内容没能加载，请检查网络后重试。',
} as const;

export type BootKey = keyof typeof zh;

const en: Record<BootKey, string> = {
  'widget.label': 'Unsubscribe from {product}',
  'widget.loading': 'Loading your subscription…',
  'action.retry': 'Try again',
  'error.network': 'The connection failed. Check your network and try again.',
  'error.chunk': 'Part of this page did not load. Check your connection and try again.',
};

export const bootMessages = { 'zh-CN': zh, en };

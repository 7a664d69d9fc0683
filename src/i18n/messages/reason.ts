/** Strings of the `reason` step. Keys start with `reason.`. */
const zh = {} as const;

export type ReasonKey = keyof typeof zh;

const en: Record<ReasonKey, string> = {};

export const reasonMessages = { 'zh-CN': zh, en };

/** Strings of the `status` step. Keys start with `status.`. */
const zh = {} as const;

export type StatusKey = keyof typeof zh;

const en: Record<StatusKey, string> = {};

export const statusMessages = { 'zh-CN': zh, en };

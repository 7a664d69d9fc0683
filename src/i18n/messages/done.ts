/** Strings of the `done` step. Keys start with `done.`. */
const zh = {} as const;

export type DoneKey = keyof typeof zh;

const en: Record<DoneKey, string> = {};

export const doneMessages = { 'zh-CN': zh, en };

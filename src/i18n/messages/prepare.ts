/** Strings of the `prepare` step. Keys start with `prepare.`. */
const zh = {} as const;

export type PrepareKey = keyof typeof zh;

const en: Record<PrepareKey, string> = {};

export const prepareMessages = { 'zh-CN': zh, en };

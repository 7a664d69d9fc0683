/** Strings of the `verify` step. Keys start with `verify.`. */
const zh = {} as const;

export type VerifyKey = keyof typeof zh;

const en: Record<VerifyKey, string> = {};

export const verifyMessages = { 'zh-CN': zh, en };

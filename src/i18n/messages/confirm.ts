/** Strings of the `confirm` step. Keys start with `confirm.`. */
const zh = {} as const;

export type ConfirmKey = keyof typeof zh;

const en: Record<ConfirmKey, string> = {};

export const confirmMessages = { 'zh-CN': zh, en };

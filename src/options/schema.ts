/**
 * What an operator can configure in the page through the `options` property (README, "Options"):
 * reasons, retention offers, FAQ, alternatives, the working-day calendar and the reason rules.
 * Each top-level field is validated on its own, so one bad field falls back to its default
 * without throwing away the rest.
 */
import * as z from 'zod/mini';
import { calendarDateSchema } from '../contract/schemas.js';

const text = z.string().check(z.minLength(1));

/** A string shown as is in every locale, or one string per locale. */
export const localizedTextSchema = z.union([
  text,
  z
    .object({ 'zh-CN': z.optional(text), en: z.optional(text) })
    .check(z.refine((v) => v['zh-CN'] !== undefined || v.en !== undefined, 'give at least one locale')),
]);

export const reasonOptionSchema = z.object({
  id: text,
  label: localizedTextSchema,
  requiresComment: z.optional(z.boolean()),
  offerId: z.optional(text),
});

export const offerOptionSchema = z.object({
  id: text,
  title: localizedTextSchema,
  description: localizedTextSchema,
  acceptLabel: z.optional(localizedTextSchema),
});

export const faqItemSchema = z.object({ question: localizedTextSchema, answer: localizedTextSchema });

export const alternativeSchema = z.object({
  title: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  url: z.optional(text),
});

export const uninstallGuideSchema = z.object({
  platform: text,
  label: localizedTextSchema,
  steps: z.array(localizedTextSchema).check(z.minLength(1)),
});

export const calendarOptionSchema = z.object({
  offDays: z.array(calendarDateSchema),
  makeUpWorkdays: z.array(calendarDateSchema),
});

/** One schema per top-level field, validated separately (see `resolveOptions`). */
export const optionFieldSchemas = {
  reasons: z.array(reasonOptionSchema).check(z.minLength(1)),
  offers: z.array(offerOptionSchema),
  faq: z.array(faqItemSchema),
  alternatives: z.array(alternativeSchema),
  uninstallGuides: z.array(uninstallGuideSchema),
  calendar: calendarOptionSchema,
  commentMaxLength: z.int().check(z.minimum(1), z.maximum(2000)),
  maxReasons: z.int().check(z.minimum(1)),
  signInUrl: text,
  deleteAccountUrl: text,
  statusPollSeconds: z.int().check(z.minimum(2), z.maximum(300)),
  callTimeoutSeconds: z.int().check(z.minimum(1), z.maximum(120)),
  arrivalWorkingDays: z
    .object({ min: z.int().check(z.minimum(0)), max: z.int().check(z.minimum(0)) })
    .check(z.refine((w) => w.min <= w.max, 'min is above max')),
};

export type OptionField = keyof typeof optionFieldSchemas;
export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type ReasonOption = z.infer<typeof reasonOptionSchema>;
export type OfferOption = z.infer<typeof offerOptionSchema>;
export type FaqItem = z.infer<typeof faqItemSchema>;
export type Alternative = z.infer<typeof alternativeSchema>;
export type UninstallGuide = z.infer<typeof uninstallGuideSchema>;

/** The `options` property as an operator writes it: every field optional. */
export type UnsubscribeOptions = { [K in OptionField]?: z.infer<(typeof optionFieldSchemas)[K]> };

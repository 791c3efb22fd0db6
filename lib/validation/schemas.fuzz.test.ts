import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ZodError, type ZodType } from "zod";
import { articleInputSchema, restoreRevisionSchema, saveArticleSchema, scheduleSchema, stepSchema } from "@/lib/articles/schema";
import { forgotPasswordSchema, newPasswordSchema, passwordFromLinkSchema, signInSchema } from "@/lib/auth/schema";
import { retryMailSchema } from "@/lib/mail/schema";
import { articlePolicySchema, blockSchema, commentSettingsSchema, moderateSchema } from "@/lib/comments/moderation-schema";
import { commentInputSchema, reportInputSchema } from "@/lib/comments/schema";
import { mediaDeleteSchema, mediaFocusSchema, mediaListSchema, mediaMetaSchema } from "@/lib/media/schema";
import { searchQuerySchema } from "@/lib/search/schema";
import { addLiveUpdateSchema, deleteLiveUpdateSchema, editLiveUpdateSchema, liveArticleSchema, livePollQuerySchema } from "@/lib/live/schema";
import { frontFormSchema, frontPickerQuerySchema, frontRestoreSchema, frontUnscheduleSchema } from "@/lib/front/schema";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/api-keys/schema";
import { addCorrectionSchema, editCorrectionSchema, withdrawCorrectionSchema } from "@/lib/corrections/schema";
import { articleListQuery, articleQuery, pageQuery, shortListQuery } from "@/lib/content-api/params";
import { settingsSchema } from "@/lib/settings/schema";
import { changeRoleSchema, createStaffSchema, invitationIdSchema, inviteSchema, setActiveSchema } from "@/lib/staff/schema";
import { authorSchema, sectionSchema, supplementSchema, tagDeleteSchema, tagMergeSchema, tagSchema } from "@/lib/taxonomy/schema";
import { deepWellFormed } from "./unicode";

// Property-based fuzzing of every server action's and route handler's input schema (issue 9):
// whatever arrives, parsing either accepts or refuses with a ZodError carrying Arabic text —
// never another exception — and what it accepts is plain, well-formed data that (where the
// schema is meant to be re-applied, e.g. a saved piece loaded back into the editor) parses
// again to itself.

const RUNS = 2000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);

// Strings that break things: lone surrogates, controls, huge numbers as text, dates, escapes.
const nasty = fc.constantFrom(
  "\ud800",
  "a\udc00b",
  "%ZZ",
  "\u0000",
  "\r\n",
  "2026-13-40",
  "2026-02-31",
  "99:99",
  "1e309",
  "253402300800000",
  "99999999999999999999",
  "-0",
  "NaN",
  "Infinity",
  "true",
  "",
  " ",
  "<script>",
  "__proto__",
  "constructor",
);
const scalar = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  nasty,
  fc.integer(),
  fc.double(),
  fc.bigInt().map(Number),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.stringMatching(/^\d{1,20}$/),
  fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toISOString().slice(0, 10))),
);
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 }));

/**
 * Inputs for one schema: a valid example with some fields replaced, removed or given text
 * variations (so accepted values get exercised too); objects with the schema's own keys and
 * random values; and anything at all.
 */
function inputsFor(keys: string[], valid: Record<string, unknown>, nested: Record<string, string[]> = {}) {
  const shaped = fc.record(
    Object.fromEntries(keys.map((k) => [k, nested[k] ? fc.oneof(value, inputsForFlat(nested[k]!)) : value])),
    { requiredKeys: [] },
  );
  const textVariant = fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }), fc.constantFrom("نص عربي", "  مسافات  ", "Mixed نص 12"));
  const mutated = fc
    .tuple(fc.subarray(keys), fc.array(value, { minLength: keys.length, maxLength: keys.length }), fc.subarray(keys), textVariant)
    .map(([replace, values, drop, t]) => {
      const out: Record<string, unknown> = structuredClone(valid);
      replace.forEach((k, i) => (out[k] = typeof valid[k] === "string" && i % 3 === 0 ? t : values[i]));
      drop.slice(0, 1).forEach((k) => delete out[k]);
      return out;
    });
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(valid) },
    { weight: 4, arbitrary: mutated },
    { weight: 3, arbitrary: shaped },
    { weight: 1, arbitrary: fc.anything() },
  );
}
const inputsForFlat = (keys: string[]) => fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] });

const keysOf = (s: ZodType): string[] => Object.keys((s as unknown as { shape?: Record<string, unknown> }).shape ?? {});
const articleKeys = keysOf(articleInputSchema);

type Case = { name: string; schema: ZodType; idempotent: boolean; valid: Record<string, unknown>; nested?: Record<string, string[]> };
const article = { title: "عنوان", slug: "", kicker: null, excerpt: "مقتطف", bodyHtml: "<p>نص</p>", dateline: null, sectionId: 1, supplementId: null, tagNames: ["سياسة"], authorIds: [1], imageId: null, imageCaption: null, imageAlt: null, breaking: false, commentsOpen: true, seoTitle: null, seoDescription: null };
const CASES: Case[] = [
  { name: "article input (create)", schema: articleInputSchema, idempotent: true, valid: article },
  { name: "article save", schema: saveArticleSchema, idempotent: true, nested: { article: articleKeys }, valid: { id: 1, version: 2, autosave: false, article } },
  { name: "article schedule", schema: scheduleSchema, idempotent: true, valid: { id: 1, day: "2026-12-20", time: "09:30" } },
  { name: "article workflow step", schema: stepSchema, idempotent: true, valid: { id: 1 } },
  { name: "revision restore", schema: restoreRevisionSchema, idempotent: true, valid: { articleId: 1, revisionId: 2 } },
  { name: "section", schema: sectionSchema, idempotent: false, valid: { name: "سياسة", slug: "politics", position: "1", description: "" } },
  { name: "tag", schema: tagSchema, idempotent: false, valid: { name: "وسم", slug: "" } },
  { name: "tag merge", schema: tagMergeSchema, idempotent: true, valid: { id: 3, into: "وسم باقٍ", q: "وسم", page: 2 } },
  { name: "tag delete", schema: tagDeleteSchema, idempotent: true, valid: { id: 3 } },
  { name: "supplement", schema: supplementSchema, idempotent: false, valid: { name: "ملحق", slug: "supp", description: "وصف" } },
  { name: "author", schema: authorSchema, idempotent: false, valid: { name: "كاتب", slug: "writer-1", bio: "", columnName: "", photoId: "" } },
  { name: "site settings", schema: settingsSchema, idempotent: true, valid: { siteName: "المدى", siteDescription: "جريدة يومية", socialX: "https://x.com/midad", contactEmail: "desk@midad.local", mailFrom: "desk@midad.local" } },
  { name: "create staff", schema: createStaffSchema, idempotent: true, valid: { name: "محرر", email: "e@midad.local", role: "editor" } },
  { name: "change role", schema: changeRoleSchema, idempotent: true, valid: { userId: "u1", role: "writer" } },
  { name: "set active", schema: setActiveSchema, idempotent: false, valid: { userId: "u1", active: "true" } },
  { name: "moderate comments", schema: moderateSchema, idempotent: true, valid: { decision: "approve", ids: ["1", "2"], reason: "سبب" } },
  { name: "block commenter", schema: blockSchema, idempotent: true, valid: { commentId: "3", kind: "client", days: "7", reason: "" } },
  { name: "comment settings", schema: commentSettingsSchema, idempotent: false, valid: { commentPolicy: "pre", reportThreshold: "3", commentAutoCloseDays: "", bannedWords: "كلمة", suspectWords: "" } },
  { name: "article comment policy", schema: articlePolicySchema, idempotent: true, valid: { articleId: "1", policy: "default" } },
  { name: "new password", schema: newPasswordSchema, idempotent: true, valid: { password: "long-enough-1", confirm: "long-enough-1" } },
  { name: "forgot password", schema: forgotPasswordSchema, idempotent: true, valid: { email: "a@b.iq" } },
  { name: "password from a link", schema: passwordFromLinkSchema, idempotent: true, valid: { token: "a".repeat(43), password: "long-enough-1", confirm: "long-enough-1" } },
  { name: "invite staff", schema: inviteSchema, idempotent: true, valid: { name: "محرر", email: "e@midad.local", role: "editor" } },
  { name: "invitation id", schema: invitationIdSchema, idempotent: false, valid: { id: "12" } },
  { name: "retry mail", schema: retryMailSchema, idempotent: false, valid: { id: "3" } },
  { name: "sign in", schema: signInSchema, idempotent: true, valid: { email: "a@b.iq", password: "x" } },
  { name: "comment (API and form)", schema: commentInputSchema, idempotent: false, valid: { name: "قارئ", body: "تعليق مفيد", parentId: "", website: "" } },
  { name: "comment report", schema: reportInputSchema, idempotent: true, valid: { reason: "spam" } },
  { name: "create API key", schema: createApiKeySchema, idempotent: false, valid: { name: "تطبيق الهاتف", origins: "https://app.example.com" } },
  { name: "revoke API key", schema: revokeApiKeySchema, idempotent: false, valid: { id: "4" } },
  { name: "live coverage start/end", schema: liveArticleSchema, idempotent: false, valid: { articleId: "4" } },
  { name: "live update", schema: addLiveUpdateSchema, idempotent: false, valid: { articleId: "4", bodyHtml: "<p>تحديث</p>", keyEvent: "on", imageId: "", imageAlt: "", embedUrl: "https://youtu.be/dQw4w9WgXcQ" } },
  { name: "live update edit", schema: editLiveUpdateSchema, idempotent: false, valid: { id: "4", bodyHtml: "<p>تحديث</p>", imageId: "12", imageAlt: "صورة" } },
  { name: "live update delete", schema: deleteLiveUpdateSchema, idempotent: false, valid: { id: "4" } },
  { name: "live poll query", schema: livePollQuerySchema, idempotent: false, valid: { after: "12" } },
  { name: "add correction", schema: addCorrectionSchema, idempotent: true, valid: { articleId: "4", text: "ورد خطأً أن الجلسة الثلاثاء، والصحيح الأربعاء.", placement: "end" } },
  { name: "edit correction", schema: editCorrectionSchema, idempotent: true, valid: { id: "4", text: "ورد خطأً أن الجلسة الثلاثاء، والصحيح الأربعاء.", placement: "start" } },
  { name: "withdraw correction", schema: withdrawCorrectionSchema, idempotent: true, valid: { id: "4", reason: "نُشر على المقال الخطأ" } },
  {
    name: "front page arrangement",
    schema: frontFormSchema,
    idempotent: false,
    valid: { intent: "schedule", lead: "12", top: ["", "14", ""], topCount: "3", pinSection: ["1", "1"], pin: ["20", ""], breakingText: "عاجل", breakingUrl: "/12/x", breakingDay: "2026-12-04", breakingTime: "10:00", publishDay: "2026-12-04", publishTime: "09:00" },
  },
  { name: "front page restore", schema: frontRestoreSchema, idempotent: false, valid: { id: "3" } },
  { name: "front page unschedule", schema: frontUnscheduleSchema, idempotent: false, valid: { id: "3" } },
  { name: "front page picker", schema: frontPickerQuerySchema, idempotent: false, valid: { q: "الموازنة", section: "2" } },
  { name: "content API: article list", schema: articleListQuery, idempotent: false, valid: { section: "politics", tag: "oil", author: "ali", supplement: "culture", updated_since: "2026-12-01T09:00:00+03:00", q: "العراق", limit: "20", fields: "title,url" } },
  { name: "content API: one article", schema: articleQuery, idempotent: false, valid: { fields: "title,blocks" } },
  { name: "content API: pages", schema: pageQuery, idempotent: false, valid: { cursor: "eyJpZCI6MX0", limit: "5" } },
  { name: "content API: short lists", schema: shortListQuery, idempotent: false, valid: { limit: "5", fields: "title" } },
  { name: "media library list", schema: mediaListSchema, idempotent: true, valid: { q: "جسر", by: "u1", month: "2026-11", page: "2" } },
  { name: "media metadata", schema: mediaMetaSchema, idempotent: false, valid: { id: "7", alt: "جسر فوق دجلة", caption: "الجسر عند الفجر", credit: "علي حسين" } },
  { name: "media focal point", schema: mediaFocusSchema, idempotent: true, valid: { id: "7", x: "80", y: "25" } },
  { name: "media delete", schema: mediaDeleteSchema, idempotent: true, valid: { id: "7" } },
  { name: "search query", schema: searchQuerySchema, idempotent: false, valid: { q: "العراق", page: "2", section: "politics", from: "2026-11-01", to: "2026-11-30", sort: "newest" } },
];

const arabic = /[\u0600-\u06FF]/;

describe("every action and route input schema, fuzzed", () => {
  for (const c of CASES) {
    it(`${c.name}: accepts or refuses with an Arabic ZodError, never throws otherwise (${RUNS} cases)`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(inputsFor(keysOf(c.schema), c.valid, c.nested), (input) => {
          let out: unknown;
          try {
            out = c.schema.parse(input);
          } catch (e) {
            expect(e).toBeInstanceOf(ZodError);
            // Field messages a person reads are Arabic (zod's own English type messages only
            // where a schema did not name one: they are mapped to the field's Arabic message
            // by the form, and never reach a reader through our handlers).
            return;
          }
          accepted++;
          expect(deepWellFormed(out)).toBe(true);
          expect(JSON.parse(JSON.stringify(out ?? null))).toEqual(JSON.parse(JSON.stringify(out ?? null)));
          if (c.idempotent) expect(c.schema.parse(out)).toEqual(out);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      // A fuzz run that accepts nothing proves nothing about accepted values: note it.
      console.info(`[fuzz] ${c.name}: ${RUNS} cases, ${accepted} accepted (seed ${SEED})`);
      expect(accepted).toBeGreaterThan(0); // the valid example at least: else the accepted-value checks never ran
    }, 120_000);
  }

  it("refuses lone surrogates in comment name and body and sign-in email with an Arabic message", () => {
    for (const [schema, input] of [
      [commentInputSchema, { name: "علي\ud800", body: "تعليق" }],
      [commentInputSchema, { name: "علي", body: "\ud800" }],
      [signInSchema, { email: "a\ud800@x.iq", password: "x" }],
    ] as const) {
      const r = (schema as ZodType).safeParse(input);
      expect(r.success).toBe(false);
      expect(r.error!.issues.some((i) => arabic.test(i.message))).toBe(true);
    }
  });

  it("refuses impossible schedule dates and times instead of rolling them over", () => {
    for (const [day, time] of [
      ["2026-13-40", "10:00"],
      ["2026-02-31", "10:00"],
      ["2026-03-01", "99:99"],
    ]) {
      const r = scheduleSchema.safeParse({ id: 1, day, time });
      expect(r.success).toBe(false);
      expect(arabic.test(r.error!.issues[0]!.message)).toBe(true);
    }
    expect(scheduleSchema.safeParse({ id: 1, day: "2026-03-01", time: "09:30" }).success).toBe(true);
  });
});

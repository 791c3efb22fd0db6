import { describe as group, expect, it } from "vitest";
import { AUDIT_KINDS, kindOptions, kindsOf } from "./kinds";
import { parseAuditFilters } from "./schema";
import { ALL_KINDS, describe, emptyRefs, sentenceText, type AuditEntry, type AuditRefs } from "./sentence";

// Every kind of audit event reads as an Arabic sentence: never a key, an id or JSON, whether
// its objects still exist or were deleted since.

const RAW = /\b[a-z_]+\.[a-z_]+\b|[{}]|":|cmx|u-9/;
const USER = "u-9f3k2";
const entry = (action: string, over: Partial<AuditEntry> = {}): AuditEntry => ({ action, entityType: "article", entityId: "12", detail: null, actorId: USER, actorName: "حسن علي", ...over });

function refs(): AuditRefs {
  const r = emptyRefs();
  r.users.set(USER, { name: "حسن علي" });
  r.users.set("u-9other", { name: "سارة" });
  r.articles.set(12, { title: "مراحل دراسية منتهية" });
  r.comments.set(7, { authorName: "قارئ", articleId: 12, articleTitle: "مراحل دراسية منتهية" });
  r.tags.set(3, { name: "انتخابات" });
  return r;
}

/** A plausible detail for each kind, as the code that logs it writes it. */
const DETAILS: Partial<Record<string, unknown>> = {
  "article.edit": { title: "ت", saves: 1, autosaves: 4, fields: ["العنوان", "النص"] },
  "article.schedule": { title: "ت", from: "in_review", publishAt: "2026-12-03T07:00:00.000Z" },
  "staff.role": { from: "writer", to: "editor" },
  "staff.create": { email: "x@y.z", role: "writer" },
  "settings.update": { changes: { siteName: ["المدى", "المدى اليوم"], timezone: ["Asia/Baghdad", "Asia/Baghdad"] } },
  "comment.block": { kind: "client", days: 7, reason: "إساءة" },
  "auth.signin": { secondFactor: "totp" },
  "tag.merge": { name: "انتخاب", into: 3, moved: 4 },
};
const TYPE: Partial<Record<string, string>> = { comment: "comment", auth: "user", staff: "user", settings: "settings", mail: "mail", section: "section", tag: "tag", supplement: "supplement", author: "author", media: "media" };

group("audit sentences", () => {
  for (const kind of ALL_KINDS) {
    it(`${kind} reads as Arabic, with and without its objects`, () => {
      const prefix = kind.split(".")[0]!;
      const type = kind === "comment.settings" ? "settings" : (TYPE[prefix] ?? "article");
      const id = type === "user" ? "u-9other" : type === "comment" ? "7" : type === "tag" ? "3" : "12";
      const detail = DETAILS[kind] === undefined ? null : JSON.stringify(DETAILS[kind]);
      for (const r of [refs(), emptyRefs()]) {
        const s = describe(entry(kind, { entityType: type, entityId: id, detail }), r);
        const text = [sentenceText(s), ...s.details].join(" | ");
        expect(text).not.toMatch(RAW);
        expect(text).toMatch(/[\u0600-\u06FF]/);
        expect(text).not.toMatch(/undefined|null|NaN|\[object/);
      }
    });
  }

  it("names the person and the object, with links to both", () => {
    const s = describe(entry("article.publish", { detail: JSON.stringify({ title: "مراحل دراسية منتهية", from: "in_review" }) }), refs());
    expect(sentenceText(s)).toBe("حسن علي نشر مقالة «مراحل دراسية منتهية»");
    expect(s.parts).toContainEqual({ text: "حسن علي", href: `/admin/staff#user-${USER}` });
    expect(s.parts).toContainEqual({ text: "مراحل دراسية منتهية", href: "/admin/articles/12" });
    const c = describe(entry("comment.approve", { entityType: "comment", entityId: "7" }), refs());
    expect(sentenceText(c)).toBe("حسن علي قبل تعليق قارئ على «مراحل دراسية منتهية»");
    expect(c.parts).toContainEqual({ text: "تعليق قارئ", href: "/admin/comments/7" });
  });

  it("reads deleted objects from the name saved with the event, without a link", () => {
    const s = describe(entry("tag.delete", { entityType: "tag", entityId: "99", detail: JSON.stringify({ name: "وسم قديم" }) }), refs());
    expect(sentenceText(s)).toBe("حسن علي حذف وسم «وسم قديم» (محذوف)");
    expect(s.parts.filter((p) => typeof p !== "string" && p.href)).toHaveLength(1); // the person only
    expect(sentenceText(describe(entry("article.archive", { entityId: "404" }), refs()))).toBe("حسن علي أرشف مقالة محذوفة");
  });

  it("says what changed: saves coalesced, settings before and after, a cancelled schedule", () => {
    const edit = describe(entry("article.edit", { detail: JSON.stringify(DETAILS["article.edit"]) }), refs());
    expect(edit.details).toEqual(["حُفظت 5 مرات، منها 4 مرات تلقائياً", "ما تغيّر: العنوان، النص"]);
    const settings = describe(entry("settings.update", { entityType: "settings", entityId: null, detail: JSON.stringify(DETAILS["settings.update"]) }), refs());
    expect(settings.details).toContain("اسم الموقع: «\u2068المدى\u2069» ← «\u2068المدى اليوم\u2069»");
    // Issue 12 (9): the new settings by their Arabic names; a logo as «صورة», never its id.
    const more = describe(
      entry("settings.update", { entityType: "settings", entityId: null, detail: JSON.stringify({ changes: { socialX: [null, "https://x.com/midad"], logoId: [null, 12], commentPolicyText: ["", "نص"] } }) }),
      refs(),
    );
    expect(more.details).toEqual(["حساب إكس: «\u2068https://x.com/midad\u2069»", "الشعار: بلا صورة ← صورة", "نص سياسة التعليقات: فارغ ← «\u2068نص\u2069»"]);
    expect(sentenceText(describe(entry("article.unpublish", { detail: JSON.stringify({ from: "scheduled" }) }), refs()))).toBe("حسن علي ألغى جدولة مقالة «مراحل دراسية منتهية»");
    expect(sentenceText(describe(entry("auth.signin_failed", { actorId: null, actorName: null, entityType: "user", entityId: "u-9other" }), refs()))).toBe("محاولة دخول فاشلة إلى حساب سارة");
    expect(sentenceText(describe(entry("article.publish_scheduled", { actorId: null, actorName: null }), refs()))).toBe("نُشرت مقالة «مراحل دراسية منتهية» في موعدها المجدول");
  });

  it("an unknown kind (from a newer version) still reads as Arabic", () => {
    expect(sentenceText(describe(entry("article.teleport"), refs()))).toBe("حسن علي قام بإجراء لا تعرفه هذه النسخة من السجل");
  });
});

group("audit filters", () => {
  it("offers every kind once, by group, in Arabic", () => {
    const values = kindOptions().flatMap((g) => g.options.map((o) => o.value));
    for (const k of Object.keys(AUDIT_KINDS)) expect(values.filter((v) => v === k)).toHaveLength(1);
    expect(kindsOf("g:signin")).toEqual(expect.arrayContaining(["auth.signin", "auth.signin_failed", "auth.signout"]));
    expect(kindsOf("g:nothing")).toBeNull();
    expect(kindsOf("comment.approve")).toEqual(["comment.approve"]);
  });

  it("keeps good filters and explains bad ones in Arabic", () => {
    expect(parseAuditFilters({ actor: "u-1", kind: "g:article", from: "2026-12-01", to: "2026-12-02" })).toEqual({ filters: { actor: "u-1", kind: "g:article", from: "2026-12-01", to: "2026-12-02" }, errors: {} });
    const bad = parseAuditFilters({ actor: "<x>", kind: "drop table", from: "2026-02-31", to: "x" });
    expect(bad.filters).toEqual({});
    expect(Object.values(bad.errors).every((m) => /[\u0600-\u06FF]/.test(m!))).toBe(true);
    expect(parseAuditFilters({ from: "2026-12-05", to: "2026-12-01" }).errors.to).toBe("تاريخ النهاية قبل تاريخ البداية.");
  });
});

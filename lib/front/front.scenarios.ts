import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The front page against a real database — SQLite (front.test.ts) or PostgreSQL
// (front.postgres.test.ts), the same scenarios: what readers get from the published
// arrangement as pieces come and go, the scheduler's one-time claim, the history and its
// restoration. The caller sets DATABASE_URL to a migrated, empty database and mocks next/cache.

export function frontScenarios(cleanup: () => Promise<void> | void) {
  const HOUR = 3600_000;
  const editor = { id: "editor-1", name: "محررة", email: "e@x", role: "editor" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false };
  let db: typeof import("@/lib/db").db;
  let m: typeof import("./mutations");
  let q: typeof import("./queries");
  let resolveHome: typeof import("./resolve").resolveHome;
  let publishDueFronts: typeof import("./publish-due").publishDueFronts;
  let n = 0;

  async function piece(over: { status?: "published" | "draft" | "archived" | "scheduled"; hoursAgo?: number; image?: boolean; sectionId?: number } = {}) {
    n++;
    const a = await db.article.create({
      data: {
        status: over.status ?? "published",
        slug: `p-${n}`,
        title: `قطعة ${n}`,
        bodyHtml: "<p>نص</p>",
        bodyText: "نص",
        sectionId: over.sectionId ?? 1,
        imageId: over.image === false ? null : 1,
        publishedAt: (over.status ?? "published") === "published" ? new Date(Date.now() - (over.hoursAgo ?? n) * HOUR) : null,
      },
      select: { id: true },
    });
    return a.id;
  }
  const home = async () => resolveHome(await q.publishedSlots());

  beforeAll(async () => {
    ({ db } = await import("@/lib/db"));
    await db.user.create({ data: { id: editor.id, email: editor.email, name: editor.name, passwordHash: "x", role: "editor" } });
    await db.section.create({ data: { id: 1, slug: "politics", name: "سياسة" } });
    await db.section.create({ data: { id: 2, slug: "economy", name: "اقتصاد", position: 1 } });
    await db.media.create({ data: { id: 1, path: "2026/12/a.jpg", mime: "image/jpeg", width: 1200, height: 800, bytes: 1000 } });
    m = await import("./mutations");
    q = await import("./queries");
    ({ resolveHome } = await import("./resolve"));
    ({ publishDueFronts } = await import("./publish-due"));
  });
  afterAll(async () => {
    await db.$disconnect();
    await cleanup();
  });

  describe("front page on a database", () => {
    let newest: number, second: number, old: number, chosen: number;

    it("with no arrangement the home page is automatic", async () => {
      old = await piece({ hoursAgo: 30 });
      chosen = await piece({ hoursAgo: 20 });
      second = await piece({ hoursAgo: 2 });
      newest = await piece({ hoursAgo: 1 });
      const h = await home();
      expect(h.lead?.id).toBe(newest);
      expect(h.top.map((c) => c.id)).toEqual([second, chosen, old]);
    });

    it("a published arrangement leads with the chosen piece; unpublishing it falls back to the newest", async () => {
      await m.publishFront({ lead: chosen, top: [null, null], sections: [], breaking: null }, editor);
      let h = await home();
      expect(h.lead?.id).toBe(chosen);
      expect(h.top.map((c) => c.id)).toEqual([newest, second]);
      await db.article.update({ where: { id: chosen }, data: { status: "draft" } });
      h = await home();
      expect(h.lead?.id).toBe(newest);
      expect(h.top.map((c) => c.id)).toEqual([second, old]);
      await db.article.update({ where: { id: chosen }, data: { status: "published" } });
    });

    it("refuses a piece that does not exist, twice the same piece, or a pin from another section, and changes nothing", async () => {
      const before = await q.publishedArrangement();
      await expect(m.publishFront({ lead: 999999, top: [null, null], sections: [], breaking: null }, editor)).rejects.toThrow(/لا توجد قطعة/);
      await expect(m.publishFront({ lead: old, top: [old, null], sections: [], breaking: null }, editor)).rejects.toThrow(/أكثر من مرة/);
      await expect(m.publishFront({ lead: null, top: [null, null], sections: [{ sectionId: 2, pinned: [old] }], breaking: null }, editor)).rejects.toThrow(/ليست من هذا القسم/);
      expect((await q.publishedArrangement())?.id).toBe(before?.id);
    });

    it("a scheduled arrangement is applied once by several schedulers ticking together, and audited once", async () => {
      // A partner subscribed to front.changed hears of it once (issue 16's webhooks, decision 179).
      await db.webhookEndpoint.create({ data: { url: "https://partner.example/hook", secret: "whsec_dGVzdA==", events: "front.changed" } });
      const s = await m.scheduleFront({ lead: old, top: [null, null], sections: [], breaking: null }, new Date(Date.now() + 60_000), editor);
      expect((await home()).lead?.id).toBe(chosen);
      const later = new Date(Date.now() + 120_000);
      const applied = await Promise.all([publishDueFronts(later), publishDueFronts(later), publishDueFronts(later)]);
      expect(applied.reduce((a, b) => a + b, 0)).toBe(1);
      expect((await q.publishedArrangement())?.id).toBe(s.id);
      expect((await home()).lead?.id).toBe(old);
      expect(await db.auditLog.count({ where: { action: "front.publish_scheduled", entityId: String(s.id) } })).toBe(1);
      expect(await db.frontArrangement.count({ where: { status: "published" } })).toBe(1);
      const deliveries = await db.webhookDelivery.findMany({ where: { event: "front.changed" }, select: { payload: true } });
      expect(deliveries).toHaveLength(1);
      expect(JSON.parse(deliveries[0]!.payload).data).toMatchObject({ arrangement_id: s.id, trigger: "schedule" });
    });

    it("every publication stays in the history; restoring one publishes its slots anew", async () => {
      const { rows } = await q.arrangementHistory();
      expect(rows.map((r) => r.status)).toEqual(["published", "superseded"]);
      const first = rows[1]!;
      expect(first.publishedBy).toBe(editor.name);
      const r = await m.restoreFront(first.id, editor);
      expect((await q.publishedArrangement())?.id).toBe(r.id);
      expect((await home()).lead?.id).toBe(chosen);
      expect((await q.arrangementHistory()).total).toBe(3);
      expect(await db.auditLog.count({ where: { action: "front.restore" } })).toBe(1);
    });

    it("the editors' breaking bar shows until it expires", async () => {
      const bar = { text: "عاجل: جلسة طارئة", url: "/1/x", expiresAt: new Date(Date.now() + HOUR).toISOString() };
      await m.publishFront({ lead: null, top: [null, null], sections: [], breaking: bar }, editor);
      expect((await home()).breakingNote).toEqual(bar);
      expect((await resolveHome(await q.publishedSlots(), new Date(Date.now() + 2 * HOUR))).breakingNote).toBeNull();
    });

    it("a pinned piece sits first in its section's block", async () => {
      const econ = [await piece({ sectionId: 2, hoursAgo: 40 }), await piece({ sectionId: 2, hoursAgo: 41, image: false })];
      await m.publishFront({ lead: null, top: [null, null], sections: [{ sectionId: 2, pinned: [econ[1]!] }], breaking: null }, editor);
      const block = (await home()).blocks.find((b) => b.section.slug === "economy")!;
      expect(block.items[0]!.id).toBe(econ[1]);
    });

    it("the picker finds published pieces by title words, normalised like site search", async () => {
      const id = await piece({ hoursAgo: 3 });
      await db.article.update({ where: { id }, data: { title: "الموازنة العامة لسنة ٢٠٢٦" } });
      const { indexArticle } = await import("@/lib/search/index");
      await indexArticle(db, id);
      // «الموازنه» with a final ha and Eastern digits spelled Western: the same normalisation as search.
      expect((await q.searchPieces("موازنه 2026")).map((p) => p.id)).toContain(id);
      expect((await q.searchPieces(String(id))).map((p) => p.id)).toEqual([id]);
      expect(await q.searchPieces("كلمة-لا-توجد")).toEqual([]);
    });
  });
}

import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Live coverage against a real database — SQLite (live.test.ts) or PostgreSQL
// (live.postgres.test.ts), the same scenarios: the rules the mutations enforce, what readers'
// reads and the polling endpoint return, and the audit trail. The caller sets DATABASE_URL to a
// migrated, empty database and mocks next/cache (no Next server here).

export function liveScenarios(cleanup: () => Promise<void> | void) {
  const editor = { id: "editor-1", name: "محررة", email: "e@x", role: "editor" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false };
  let db: typeof import("@/lib/db").db;
  let m: typeof import("./mutations");
  let q: typeof import("./queries");
  let GET: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
  let published = 0;
  let draft = 0;

  beforeAll(async () => {
    ({ db } = await import("@/lib/db"));
    m = await import("./mutations");
    q = await import("./queries");
    ({ GET } = (await import("@/app/api/live/[id]/route")) as unknown as { GET: typeof GET });
    await db.user.create({ data: { id: editor.id, email: editor.email, name: editor.name, passwordHash: "x", role: "editor" } });
    await db.section.create({ data: { id: 1, slug: "politics", name: "سياسة" } });
    const mk = async (status: "draft" | "published") =>
      (await db.article.create({ data: { status, slug: `live-${status}`, title: `تغطية ${status}`, bodyHtml: "<p>مقدمة</p>", bodyText: "مقدمة", sectionId: 1, publishedAt: status === "published" ? new Date(Date.now() - 3600_000) : null }, select: { id: true } })).id;
    published = await mk("published");
    draft = await mk("draft");
  });
  afterAll(async () => {
    await db.$disconnect();
    await cleanup();
  });

  const poll = (id: number | string, after = "") => GET(new Request(`http://t/api/live/${id}${after ? `?after=${after}` : ""}`), { params: Promise.resolve({ id: String(id) }) });

  describe("live coverage", () => {
    it("starts only on a published piece; readers see nothing before it starts", async () => {
      await expect(m.startLiveCoverage(editor, draft)).rejects.toThrow(/المنشورة فقط/);
      expect(await q.getLiveCoverage(published)).toBeNull();
      expect((await poll(published)).status).toBe(404);
      await m.startLiveCoverage(editor, published);
      await expect(m.startLiveCoverage(editor, published)).rejects.toThrow(/جارية/);
      expect((await q.getLiveCoverage(published))?.status).toBe("live");
    });

    it("sanitizes updates like article bodies, keeps a valid embed and refuses empty ones or unknown pictures", async () => {
      const first = await m.addLiveUpdate(editor, published, {
        bodyHtml: `<p onclick="x()">وصول <script>alert(1)</script>فرق الإنقاذ</p><iframe src="https://evil.example"></iframe><figure data-embed="youtube" data-url="https://youtu.be/dQw4w9WgXcQ"></figure>`,
        keyEvent: true,
        imageId: null,
        imageAlt: null,
        embedUrl: null,
      });
      const row = await db.liveUpdate.findUniqueOrThrow({ where: { id: first } });
      expect(row.bodyHtml).toBe(`<p>وصول فرق الإنقاذ</p><figure data-embed="youtube" data-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"></figure>`);
      expect(row.authorId).toBe(editor.id);
      await expect(m.addLiveUpdate(editor, published, { bodyHtml: "<p> </p>", keyEvent: false, imageId: null, imageAlt: null, embedUrl: null })).rejects.toThrow(/اكتب نص التحديث/);
      await expect(m.addLiveUpdate(editor, published, { bodyHtml: "<p>صورة</p>", keyEvent: false, imageId: 999_999, imageAlt: null, embedUrl: null })).rejects.toMatchObject({ code: "bad_reference" });
      await m.addLiveUpdate(editor, published, { bodyHtml: "", keyEvent: false, imageId: null, imageAlt: null, embedUrl: "https://vimeo.com/76979871" });
    });

    it("reads newest first, and the poll returns only what is newer than ?after=", async () => {
      const c = await q.getLiveCoverage(published);
      expect(c?.updates.map((u) => u.keyEvent)).toEqual([false, true]);
      const [newest, older] = c!.updates;
      const all = (await (await poll(published)).json()) as { latest: number; updates: { id: number; html: string }[] };
      expect(all.latest).toBe(newest!.id);
      expect(all.updates.map((u) => u.id)).toEqual([newest!.id, older!.id]);
      expect(all.updates[1]!.html).toContain(`id="update-${older!.id}"`);
      const fresh = (await (await poll(published, String(older!.id))).json()) as { updates: { id: number }[] };
      expect(fresh.updates.map((u) => u.id)).toEqual([newest!.id]);
      for (const [id, after] of [["2147483648", ""], ["0", ""], ["abc", ""], [String(published), "-1"], [String(published), "99999999999999"]] as const) {
        const res = await poll(id, after);
        expect(res.status, `${id}?after=${after}`).toBeLessThan(500);
      }
      expect((await poll("2147483648")).status).toBe(404);
    });

    it("edits and deletes updates (audited); a deleted one is gone for readers and cannot be edited", async () => {
      const c = await q.getLiveCoverage(published);
      const [newest, older] = c!.updates;
      type Polled = { present: [number, number][]; known: number; keyEvents: { id: number; label: string }[]; updates: { id: number; html: string }[] };
      const before = (await (await poll(published, String(newest!.id))).json()) as Polled;
      expect(before.present.map(([id]) => id)).toEqual([newest!.id, older!.id]);
      await new Promise((r) => setTimeout(r, 5)); // a later edit time than the add's
      await m.editLiveUpdate(editor, older!.id, { bodyHtml: "<p>وصول فرق الإنقاذ إلى الموقع</p>", keyEvent: true, imageId: null, imageAlt: null, embedUrl: null });
      await m.deleteLiveUpdate(editor, newest!.id);
      const after = await q.getLiveCoverage(published);
      expect(after?.updates.map((u) => u.keyLabel)).toEqual(["وصول فرق الإنقاذ إلى الموقع"]);
      // What an open page polls: the deleted update is no longer listed, the edited one has a new
      // stamp (the one its re-fetched HTML carries), and it is now a key event.
      const polled = (await (await poll(published, String(newest!.id))).json()) as Polled;
      expect(polled.present.map(([id]) => id)).toEqual([older!.id]);
      expect(polled.known).toBe(newest!.id); // the deleted one is still the highest id ever
      expect(polled.present[0]![1]).toBeGreaterThan(before.present[1]![1]);
      expect(polled.keyEvents).toEqual([expect.objectContaining({ id: older!.id, label: "وصول فرق الإنقاذ إلى الموقع" })]);
      const whole = (await (await poll(published, "0")).json()) as Polled;
      expect(whole.updates[0]!.html).toContain(`data-stamp="${polled.present[0]![1]}"`);
      await expect(m.editLiveUpdate(editor, newest!.id, { bodyHtml: "<p>x</p>", keyEvent: false, imageId: null, imageAlt: null, embedUrl: null })).rejects.toThrow(/محذوف/);
      expect(await db.liveUpdate.count({ where: { articleId: published } })).toBe(2); // the deleted row stays for the audit trail
    });

    it("ends: no new updates, the old ones stay (and stay editable), the log tells the whole story", async () => {
      await m.endLiveCoverage(editor, published);
      await expect(m.endLiveCoverage(editor, published)).rejects.toThrow();
      await expect(m.addLiveUpdate(editor, published, { bodyHtml: "<p>متأخر</p>", keyEvent: false, imageId: null, imageAlt: null, embedUrl: null })).rejects.toThrow(/انتهت/);
      const c = await q.getLiveCoverage(published);
      expect(c?.status).toBe("ended");
      expect(c?.endedAt).not.toBeNull();
      expect(c?.updates).toHaveLength(1);
      await m.editLiveUpdate(editor, c!.updates[0]!.id, { bodyHtml: "<p>تصحيح بعد النهاية</p>", keyEvent: true, imageId: null, imageAlt: null, embedUrl: null });
      const log = await db.auditLog.findMany({ where: { entityType: "article", entityId: String(published) }, orderBy: { id: "asc" }, select: { action: true, actorId: true } });
      expect(log.map((l) => l.action)).toEqual(["live.start", "live.update_add", "live.update_add", "live.update_edit", "live.update_delete", "live.end", "live.update_edit"]);
      expect(new Set(log.map((l) => l.actorId))).toEqual(new Set([editor.id]));
    });
  });
}

import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";

// Corrections against a real (SQLite) database: every version kept, withdrawal with a reason,
// the piece's «آخر تحديث» moved, the audit log written, readers' queries following along.
vi.mock("next/cache", () => ({ unstable_cache: (fn: (...a: unknown[]) => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));

const tmp = createTempDatabase();
const raw = tmp.raw;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
const editor = { id: "e1", name: "المحرر علي", email: "e@x", role: "editor" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false };
let m: typeof import("./mutations");
let q: typeof import("./queries");
let n = 0;

function piece(status: "published" | "draft", publishedAt: Date | null = status === "published" ? new Date(Date.now() - 3 * 3600_000) : null) {
  n++;
  const t = iso(new Date());
  return Number(
    raw
      .prepare(`INSERT INTO Article (status, slug, title, bodyHtml, bodyText, sectionId, publishedAt, contentUpdatedAt, createdAt, updatedAt) VALUES (?, ?, ?, '', '', 1, ?, ?, ?, ?)`)
      .run(status, `p-${n}`, `مقال ${n}`, publishedAt ? iso(publishedAt) : null, publishedAt ? iso(publishedAt) : null, t, t).lastInsertRowid,
  );
}
const versions = (id: number) => raw.prepare(`SELECT text, placement, editedById FROM CorrectionRevision WHERE correctionId = ? ORDER BY id`).all(id);
const audits = (articleId: number) => (raw.prepare(`SELECT action FROM AuditLog WHERE entityType = 'article' AND entityId = ? ORDER BY id`).all(String(articleId)) as { action: string }[]).map((r) => r.action);
const updatedAt = (id: number) => new Date((raw.prepare(`SELECT contentUpdatedAt AS t FROM Article WHERE id = ?`).get(id) as { t: string }).t).getTime();

beforeAll(async () => {
  const t = iso(new Date());
  raw.prepare(`INSERT INTO Section (id, slug, name, createdAt, updatedAt) VALUES (1, 'politics', 'سياسية', ?, ?)`).run(t, t);
  raw.prepare(`INSERT INTO User (id, email, name, passwordHash, role, createdAt, updatedAt) VALUES (?, ?, ?, '!', 'editor', ?, ?)`).run(editor.id, editor.email, editor.name, t, t);
  m = await import("./mutations");
  q = await import("./queries");
});
afterAll(() => {
  raw.close();
  fs.rmSync(tmp.dir, { recursive: true, force: true });
});

describe("corrections", () => {
  it("adds a note to a published piece: first version kept, «آخر تحديث» moved, audited, shown to readers and on /corrections", async () => {
    const a = piece("published");
    const before = updatedAt(a);
    const id = await m.addCorrection(editor, { articleId: a, text: "ورد أن الجلسة الثلاثاء والصحيح الأربعاء.", placement: "end" });
    expect(versions(id)).toEqual([{ text: "ورد أن الجلسة الثلاثاء والصحيح الأربعاء.", placement: "end", editedById: "e1" }]);
    expect(updatedAt(a)).toBeGreaterThan(before);
    expect(audits(a)).toEqual(["correction.add"]);
    expect((await q.getArticleCorrections(a)).map((c) => c.text)).toEqual(["ورد أن الجلسة الثلاثاء والصحيح الأربعاء."]);
    expect((await q.getCorrectionsPage(1)).items.map((c) => c.article.id)).toContain(a);
  });

  it("refuses a piece readers cannot see, and changes nothing", async () => {
    const a = piece("draft");
    await expect(m.addCorrection(editor, { articleId: a, text: "تصحيح على مسودة لا يراها أحد", placement: "end" })).rejects.toThrow("المنشورة فقط");
    expect(raw.prepare(`SELECT COUNT(*) AS c FROM Correction WHERE articleId = ?`).get(a)).toEqual({ c: 0 });
    expect(audits(a)).toEqual([]);
  });

  it("an edit keeps every earlier version and tells readers when; the same text again is no new version", async () => {
    const a = piece("published");
    const id = await m.addCorrection(editor, { articleId: a, text: "النص الأول للتصحيح هنا.", placement: "end" });
    expect(await m.editCorrection(editor, { id, text: "النص الثاني للتصحيح هنا.", placement: "start" })).toBe(true);
    expect(await m.editCorrection(editor, { id, text: "النص الثاني للتصحيح هنا.", placement: "start" })).toBe(false);
    expect(versions(id).map((v) => (v as { text: string }).text)).toEqual(["النص الأول للتصحيح هنا.", "النص الثاني للتصحيح هنا."]);
    const [shown] = await q.getArticleCorrections(a);
    expect(shown).toMatchObject({ text: "النص الثاني للتصحيح هنا.", placement: "start" });
    expect(shown!.editedAt).not.toBeNull();
    const staff = await q.getCorrectionsForStaff(a);
    expect(staff[0]!.revisions).toHaveLength(2);
    expect(audits(a)).toEqual(["correction.add", "correction.edit"]);
  });

  it("a withdrawal needs a reason, leaves readers' pages, stays for staff, and freezes the note", async () => {
    const a = piece("published");
    const id = await m.addCorrection(editor, { articleId: a, text: "تصحيح نُشر على المقال الخطأ.", placement: "end" });
    await m.withdrawCorrection(editor, { id, reason: "مكانه مقال آخر" });
    expect(await q.getArticleCorrections(a)).toEqual([]);
    expect((await q.getCorrectionsPage(1)).items.map((c) => c.id)).not.toContain(id);
    const [staff] = await q.getCorrectionsForStaff(a);
    expect(staff).toMatchObject({ withdrawReason: "مكانه مقال آخر", withdrawnBy: { name: "المحرر علي" } });
    await expect(m.editCorrection(editor, { id, text: "محاولة تعديل بعد السحب", placement: "end" })).rejects.toThrow("سُحب");
    await expect(m.withdrawCorrection(editor, { id, reason: "مرة ثانية" })).rejects.toThrow("سُحب");
    expect(versions(id)).toHaveLength(1);
    expect(audits(a)).toEqual(["correction.add", "correction.withdraw"]);
  });

  it("/corrections lists the newest first and drops pieces that are no longer public", async () => {
    const a = piece("published");
    const b = piece("published");
    const first = await m.addCorrection(editor, { articleId: a, text: "تصحيح أقدم على المقال أ.", placement: "end" });
    await new Promise((r) => setTimeout(r, 5));
    const second = await m.addCorrection(editor, { articleId: b, text: "تصحيح أحدث على المقال ب.", placement: "end" });
    const ids = (await q.getCorrectionsPage(1)).items.map((c) => c.id);
    expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(first));
    raw.prepare(`UPDATE Article SET status = 'draft' WHERE id = ?`).run(b);
    expect((await q.getCorrectionsPage(1)).items.map((c) => c.id)).not.toContain(second);
  });
});

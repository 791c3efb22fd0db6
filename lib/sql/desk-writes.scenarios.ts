import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The desk's writes that the browser suite exercises on SQLite only — sections, tags, bylines,
// supplements, the site's settings, staff accounts and invitations — against a real database:
// SQLite (desk-writes.test.ts) or PostgreSQL (desk-writes.postgres.test.ts), the same scenarios.
// They are where the two engines differ underneath: a unique violation's shape (the duplicate
// name or address the editor is told about), conditional updates racing, text keys with Arabic.
// The caller sets DATABASE_URL (a migrated, empty database) and mocks next/cache.

export function deskWritesScenarios(cleanup: () => Promise<void> | void) {
  const admin = { id: "desk-admin", name: "مديرة الموقع", email: "admin@desk.test", role: "admin" as const, mustChangePassword: false, twoFactorRequired: false, mustEnrollTwoFactor: false, sessionId: null };
  let db: typeof import("@/lib/db").db;
  let taxonomy: typeof import("@/lib/taxonomy/mutations");
  let tagOps: typeof import("@/lib/taxonomy/tags");
  let redirects: typeof import("@/lib/taxonomy/redirects");
  let settings: typeof import("@/lib/settings/mutations");
  let settingsRead: typeof import("@/lib/settings/queries");
  let staff: typeof import("@/lib/staff/mutations");
  let invitations: typeof import("@/lib/staff/invitations");
  let sessions: typeof import("@/lib/auth/sessions");

  const audits = async (action: string) => db.auditLog.findMany({ where: { action }, orderBy: { id: "asc" }, select: { entityId: true, detail: true, actorId: true } });
  const rejection = async (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error & { field?: string; status?: number; errors?: Record<string, string> });

  beforeAll(async () => {
    ({ db } = await import("@/lib/db"));
    taxonomy = await import("@/lib/taxonomy/mutations");
    tagOps = await import("@/lib/taxonomy/tags");
    redirects = await import("@/lib/taxonomy/redirects");
    settings = await import("@/lib/settings/mutations");
    settingsRead = await import("@/lib/settings/queries");
    staff = await import("@/lib/staff/mutations");
    invitations = await import("@/lib/staff/invitations");
    sessions = await import("@/lib/auth/sessions");
    await db.user.create({ data: { id: admin.id, email: admin.email, name: admin.name, passwordHash: "x", role: "admin" } });
  }, 60_000);
  afterAll(async () => {
    await db.$disconnect();
    await cleanup();
  });

  describe("sections, tags, bylines and supplements", () => {
    it("a renamed section keeps its old address as a redirect; a second rename points the first address at the newest", async () => {
      await taxonomy.saveSection({ name: "اقتصاد", slug: "economy", position: 3, description: null }, admin);
      const s = await db.section.findUniqueOrThrow({ where: { slug: "economy" } });
      await taxonomy.saveSection({ id: s.id, name: "الاقتصاد", slug: "business", position: 3, description: "المال والأسواق" }, admin);
      expect(await redirects.movedTo("section", "economy")).toBe("business");
      await taxonomy.saveSection({ id: s.id, name: "الاقتصاد", slug: "اقتصاد-وأعمال", position: 3, description: null }, admin);
      expect(await redirects.movedTo("section", "economy")).toBe("اقتصاد-وأعمال");
      expect(await redirects.movedTo("section", "business")).toBe("اقتصاد-وأعمال");
      // Taking an old address back frees it: it is no longer a redirect.
      await taxonomy.saveSection({ id: s.id, name: "الاقتصاد", slug: "economy", position: 3, description: null }, admin);
      expect(await redirects.movedTo("section", "economy")).toBeNull();
      const logged = await audits("section.update");
      expect(logged).toHaveLength(3);
      expect(JSON.parse(logged[0]!.detail!)).toMatchObject({ name: "الاقتصاد", nameFrom: "اقتصاد", slug: "business", slugFrom: "economy" });
    });

    it("a section or tag whose name or address is taken is refused with the field named, and nothing is written", async () => {
      await taxonomy.saveSection({ name: "رياضة", slug: "sport", position: 1, description: null }, admin);
      const before = { sections: await db.section.count(), audit: await db.auditLog.count() };
      const sameSlug = await rejection(taxonomy.saveSection({ name: "ملاعب", slug: "sport", position: 2, description: null }, admin));
      expect(sameSlug).toBeInstanceOf(taxonomy.DuplicateError);
      expect(sameSlug?.field).toBe("slug");
      expect(sameSlug?.message).toBe("الرابط المختصر مستخدم من قبل.");
      const sameName = await rejection(taxonomy.saveSection({ name: "رياضة", slug: "sports-2", position: 2, description: null }, admin));
      expect(sameName).toBeInstanceOf(taxonomy.DuplicateError);
      expect(sameName?.field).toBe("name");
      expect(sameName?.message).toBe("الاسم مستخدم من قبل.");
      expect({ sections: await db.section.count(), audit: await db.auditLog.count() }).toEqual(before);

      await taxonomy.saveTag({ name: "الانتخابات" }, admin);
      const tagName = await rejection(taxonomy.saveTag({ name: "الانتخابات", slug: "elections-again" }, admin));
      expect(tagName?.field).toBe("name");
      // Renaming one tag onto another's address is refused too, and the tag keeps its own.
      await taxonomy.saveTag({ name: "البرلمان", slug: "parliament" }, admin);
      const t = await db.tag.findUniqueOrThrow({ where: { slug: "parliament" } });
      const taken = await rejection(taxonomy.saveTag({ id: t.id, name: "البرلمان", slug: "الانتخابات" }, admin));
      expect(taken?.field).toBe("slug");
      expect((await db.tag.findUniqueOrThrow({ where: { id: t.id } })).slug).toBe("parliament");
    });

    it("a merged tag's pieces move to the kept one (a piece with both keeps one link) and its address redirects; a used tag is not deleted, an unused one is", async () => {
      const section = await db.section.create({ data: { slug: "tags-sec", name: "قسم الوسوم" } });
      await taxonomy.saveTag({ name: "بغداد", slug: "baghdad" }, admin);
      await taxonomy.saveTag({ name: "العاصمة بغداد", slug: "capital" }, admin);
      const [kept, merged] = await Promise.all([db.tag.findUniqueOrThrow({ where: { slug: "baghdad" } }), db.tag.findUniqueOrThrow({ where: { slug: "capital" } })]);
      const piece = (title: string, tagIds: number[]) =>
        db.article.create({ data: { title, slug: title, sectionId: section.id, status: "published", publishedAt: new Date(), tags: { create: tagIds.map((tagId) => ({ tagId })) } }, select: { id: true } });
      const both = await piece("قطعة بالوسمين", [kept.id, merged.id]);
      const onlyMerged = await piece("قطعة بالوسم المدموج", [merged.id]);

      const used = await rejection(tagOps.deleteTag({ id: merged.id }, admin));
      expect(used?.message).toMatch(/^لا يُحذف وسم مستعمل في .+: ادمجه في وسم آخر بدلاً من حذفه\.$/);

      const r = await tagOps.mergeTag({ id: merged.id, into: "بغداد" }, admin);
      expect(r).toEqual({ from: "العاصمة بغداد", into: "بغداد", moved: 1 });
      const links = await db.articleTag.findMany({ where: { articleId: { in: [both.id, onlyMerged.id] } }, orderBy: { articleId: "asc" }, select: { articleId: true, tagId: true } });
      expect(links).toEqual([
        { articleId: both.id, tagId: kept.id },
        { articleId: onlyMerged.id, tagId: kept.id },
      ]);
      expect(await db.tag.findUnique({ where: { id: merged.id } })).toBeNull();
      expect(await redirects.movedTo("tag", "capital")).toBe("baghdad");

      await taxonomy.saveTag({ name: "وسم بلا قطع", slug: "unused" }, admin);
      const unused = await db.tag.findUniqueOrThrow({ where: { slug: "unused" } });
      expect(await tagOps.deleteTag({ id: unused.id }, admin)).toEqual({ name: "وسم بلا قطع" });
      expect(await db.tag.findUnique({ where: { id: unused.id } })).toBeNull();
      const gone = await rejection(tagOps.deleteTag({ id: unused.id }, admin));
      expect(gone?.status).toBe(404);
    });

    it("a byline and a supplement are saved, renamed with a redirect, and their duplicates refused", async () => {
      await taxonomy.saveAuthor({ name: "زينب الربيعي", slug: "zainab", bio: "كاتبة عمود", columnName: "من بغداد", photoId: undefined }, admin);
      const a = await db.author.findUniqueOrThrow({ where: { slug: "zainab" } });
      expect(a).toMatchObject({ name: "زينب الربيعي", bio: "كاتبة عمود", columnName: "من بغداد", photoId: null });
      await taxonomy.saveAuthor({ id: a.id, name: "زينب الربيعي", slug: "زينب-الربيعي", bio: null, columnName: null, photoId: undefined }, admin);
      expect(await redirects.movedTo("author", "zainab")).toBe("زينب-الربيعي");
      await taxonomy.saveAuthor({ name: "كاتب آخر", slug: "other", bio: null, columnName: null }, admin);
      expect((await rejection(taxonomy.saveAuthor({ name: "كاتب آخر", slug: "زينب-الربيعي", bio: null, columnName: null }, admin)))?.field).toBe("slug");

      await taxonomy.saveSupplement({ name: "ملحق الأحد", slug: "sunday", description: null }, admin);
      const s = await db.supplement.findUniqueOrThrow({ where: { slug: "sunday" } });
      await taxonomy.saveSupplement({ id: s.id, name: "ملحق الجمعة", slug: "friday", description: "ثقافة وفنون" }, admin);
      expect(await redirects.movedTo("supplement", "sunday")).toBe("friday");
      expect((await rejection(taxonomy.saveSupplement({ name: "ملحق ثان", slug: "friday", description: null }, admin)))?.field).toBe("slug");
    });
  });

  describe("site settings", () => {
    it("a save is read back by readers' pages, and the audit log names only what changed", async () => {
      const before = await settingsRead.getSiteSettingsUncached();
      await settings.updateSettings(admin, { siteName: "صوت الرافدين", siteDescription: "يومية سياسية مستقلة", contactEmail: "desk@almada.example", twoFactorRequiredFor: before.twoFactorRequiredFor });
      const after = await settingsRead.getSiteSettingsUncached();
      expect(after).toMatchObject({ siteName: "صوت الرافدين", siteDescription: "يومية سياسية مستقلة", contactEmail: "desk@almada.example", logo: null });
      const [entry] = await audits("settings.update");
      const { changes } = JSON.parse(entry!.detail!) as { changes: Record<string, [unknown, unknown]> };
      expect(Object.keys(changes).sort()).toEqual(["contactEmail", "siteDescription", "siteName"]);
      expect(changes.siteName).toEqual([before.siteName, "صوت الرافدين"]);
      // A second save of the same values writes them again and logs no change.
      await settings.updateSettings(admin, { siteName: "صوت الرافدين" });
      const entries = await audits("settings.update");
      expect(JSON.parse(entries[1]!.detail!)).toEqual({ changes: {} });
    });

    it("a logo that is not a stored image is refused with the field named, and nothing is saved", async () => {
      const before = await db.siteSetting.findMany({ orderBy: { key: "asc" }, select: { key: true, value: true } });
      const e = await rejection(settings.updateSettings(admin, { siteName: "اسم لن يحفظ", logoId: 2_147_483_647 }));
      expect(e?.status).toBe(400);
      expect(e?.errors).toEqual({ logoId: "الصورة المختارة للشعار غير موجودة." });
      expect(await db.siteSetting.findMany({ orderBy: { key: "asc" }, select: { key: true, value: true } })).toEqual(before);
    });
  });

  describe("staff accounts and invitations", () => {
    it("a role change or a deactivation ends every session of the account; an admin cannot demote or disable themself", async () => {
      const { id } = await staff.createStaff(admin, { name: "كاتب جديد", email: "writer@desk.test", role: "writer" });
      expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ role: "writer", mustChangePassword: true, active: true });
      // An address already in use is named as such (it once came back as a taken "slug").
      const taken = await rejection(staff.createStaff(admin, { name: "نسخة", email: "writer@desk.test", role: "editor" }));
      expect(taken?.status).toBe(409);
      expect(taken?.errors).toEqual({ email: "يوجد حساب بهذا البريد." });

      const s1 = await sessions.createSession(id, { userAgent: "هاتف" });
      const s2 = await sessions.createSession(id, { userAgent: "حاسوب" });
      await staff.changeRole(admin, id, "editor");
      expect((await db.user.findUniqueOrThrow({ where: { id } })).role).toBe("editor");
      expect(await sessions.sessionIsLive(s1, id)).toBe(false);
      expect(await sessions.sessionIsLive(s2, id)).toBe(false);
      expect(JSON.parse((await audits("staff.role"))[0]!.detail!)).toEqual({ from: "writer", to: "editor" });

      const s3 = await sessions.createSession(id, {});
      await staff.setActive(admin, id, false);
      expect((await db.user.findUniqueOrThrow({ where: { id } })).active).toBe(false);
      expect(await sessions.sessionIsLive(s3, id)).toBe(false);

      expect((await rejection(staff.changeRole(admin, admin.id, "writer")))?.message).toBe("لا يمكنك تغيير دورك بنفسك.");
      expect((await rejection(staff.setActive(admin, admin.id, false)))?.message).toBe("لا يمكنك تعطيل حسابك بنفسك.");
      expect((await rejection(staff.setActive(admin, "no-such-account", false)))?.message).toBe("الحساب غير موجود.");
      expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
    });

    it("an invitation queues its mail; two tabs accepting the same link at once make one account; a revoked or used link is refused", async () => {
      const invId = await invitations.inviteStaff(admin, { name: "مراسلة البصرة", email: "basra@desk.test", role: "writer" });
      const mail = await db.mailMessage.findFirstOrThrow({ where: { to: "basra@desk.test", kind: "invitation" } });
      const token = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      expect(token).toBeTruthy();
      const again = await rejection(invitations.inviteStaff(admin, { name: "مراسلة البصرة", email: "basra@desk.test", role: "writer" }));
      expect(again?.status).toBe(409);

      const results = await Promise.allSettled([
        invitations.acceptInvitation(token!, "a-long-passphrase-for-basra-1"),
        invitations.acceptInvitation(token!, "a-long-passphrase-for-basra-2"),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db.user.count({ where: { email: "basra@desk.test" } })).toBe(1);
      expect((await db.invitation.findUniqueOrThrow({ where: { id: invId } })).acceptedAt).not.toBeNull();
      expect((await rejection(invitations.acceptInvitation(token!, "a-long-passphrase-for-basra-3")))?.status).toBe(400);

      await invitations.inviteStaff(admin, { name: "محرر الموصل", email: "mosul@desk.test", role: "editor" });
      const open = await invitations.listOpenInvitations();
      expect(open.map((i) => i.email)).toEqual(["mosul@desk.test"]);
      const mosulMail = await db.mailMessage.findFirstOrThrow({ where: { to: "mosul@desk.test" } });
      const mosulToken = /\/invite\/([A-Za-z0-9_-]+)/.exec(mosulMail.text)![1]!;
      await invitations.revokeInvitation(admin, open[0]!.id);
      expect(await invitations.invitationForToken(mosulToken)).toBeNull();
      expect((await rejection(invitations.acceptInvitation(mosulToken, "a-long-passphrase-for-mosul")))?.status).toBe(400);
      expect(await db.user.count({ where: { email: "mosul@desk.test" } })).toBe(0);
    });
  });
}

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { audit, type AuditAction } from "@/lib/audit/log";
import { StateError } from "@/lib/articles/errors";
import type { CurrentUser } from "@/lib/auth/guard";
import { HttpError } from "@/lib/http/errors";
import { afterFrontPublished, purgeFront } from "./after-published";
import { duplicates, type FrontSlots } from "./schema";

// Every write of the front-page arrangements (decision 180). One working draft at a time;
// publishing makes an arrangement the published one and the one before it "superseded" (the
// history); scheduling leaves it for the scheduler (publish-due.ts); restoring copies an old
// publication into a new one. Each write is audited in its transaction.

type Tx = Prisma.TransactionClient;

/**
 * The arrangement must name pieces that exist, each once, and a section block's pins must
 * be of that section. Refusals name the form's field, in Arabic. Whether readers may see a
 * piece is NOT checked: one that is not (yet) public simply waits for its time (assemble.ts).
 */
export async function checkSlots(slots: FrontSlots, tx: Tx | typeof db = db): Promise<void> {
  const dup = duplicates(slots);
  if (dup.length) throw new HttpError(400, "invalid", `القطعة رقم ${dup[0]} مختارة أكثر من مرة.`, { form: `القطعة رقم ${dup[0]} مختارة أكثر من مرة.` });
  const ids = [...new Set([slots.lead, ...slots.top, ...slots.sections.flatMap((s) => s.pinned)].filter((x): x is number => x != null))];
  const found = new Map((await tx.article.findMany({ where: { id: { in: ids } }, select: { id: true, sectionId: true } })).map((a) => [a.id, a.sectionId]));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) {
    const field = slots.lead === missing ? "lead" : slots.top.includes(missing) ? "top" : "pins";
    throw new HttpError(400, "invalid", `لا توجد قطعة بالرقم ${missing}.`, { [field]: `لا توجد قطعة بالرقم ${missing}.` });
  }
  const sectionIds = new Set((await tx.section.findMany({ where: { id: { in: slots.sections.map((s) => s.sectionId) } }, select: { id: true } })).map((s) => s.id));
  for (const s of slots.sections) {
    if (!sectionIds.has(s.sectionId)) throw new HttpError(400, "invalid", "قسم غير موجود: أعد تحميل الصفحة.", { pins: "قسم غير موجود: أعد تحميل الصفحة." });
    const wrong = s.pinned.find((id) => found.get(id) !== s.sectionId);
    if (wrong !== undefined) throw new HttpError(400, "invalid", `القطعة رقم ${wrong} ليست من هذا القسم.`, { pins: `القطعة رقم ${wrong} ليست من هذا القسم.` });
  }
}

/** The lead's title, for the audit sentence. */
async function leadTitle(tx: Tx, slots: FrontSlots): Promise<string | undefined> {
  if (slots.lead == null) return undefined;
  return (await tx.article.findUnique({ where: { id: slots.lead }, select: { title: true } }))?.title;
}

/** Writes the slots into the working draft (made when there is none); returns its id. */
async function intoDraft(tx: Tx, slots: FrontSlots, user: CurrentUser): Promise<number> {
  const draft = await tx.frontArrangement.findFirst({ where: { status: "draft" }, orderBy: { updatedAt: "desc" }, select: { id: true } });
  const json = JSON.stringify(slots);
  if (draft) {
    await tx.frontArrangement.update({ where: { id: draft.id }, data: { slots: json, createdById: user.id } });
    return draft.id;
  }
  return (await tx.frontArrangement.create({ data: { status: "draft", slots: json, createdById: user.id }, select: { id: true } })).id;
}

/** Makes `id` the published arrangement and the one(s) before it history. */
export async function makePublished(tx: Tx, id: number, publishedAt: Date, publishedById: string | null): Promise<void> {
  await tx.frontArrangement.updateMany({ where: { status: "published", id: { not: id } }, data: { status: "superseded" } });
  await tx.frontArrangement.update({ where: { id }, data: { status: "published", publishedAt, publishedById, publishAt: null } });
}

async function logged(tx: Tx, user: CurrentUser, action: AuditAction, id: number, slots: FrontSlots, extra: Record<string, unknown> = {}) {
  await audit({ actorId: user.id, action, entityType: "front", entityId: id, detail: { lead: await leadTitle(tx, slots), ...extra } }, tx);
}

export async function saveFrontDraft(slots: FrontSlots, user: CurrentUser): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    await checkSlots(slots, tx);
    const id = await intoDraft(tx, slots, user);
    await logged(tx, user, "front.save", id, slots);
    return { id };
  });
}

export async function publishFront(slots: FrontSlots, user: CurrentUser): Promise<{ id: number }> {
  const r = await db.$transaction(async (tx) => {
    await checkSlots(slots, tx);
    const id = await intoDraft(tx, slots, user);
    await makePublished(tx, id, new Date(), user.id);
    await logged(tx, user, "front.publish", id, slots);
    await afterFrontPublished(tx, { arrangementId: id, trigger: "publish", actorId: user.id });
    return { id };
  });
  purgeFront();
  return r;
}

export async function scheduleFront(slots: FrontSlots, at: Date, user: CurrentUser): Promise<{ id: number }> {
  if (at.getTime() <= Date.now()) throw new HttpError(400, "invalid", "اختر موعداً في المستقبل، أو انشر الآن.", { publishDay: "اختر موعداً في المستقبل، أو انشر الآن." });
  return db.$transaction(async (tx) => {
    await checkSlots(slots, tx);
    const id = await intoDraft(tx, slots, user);
    await tx.frontArrangement.update({ where: { id }, data: { status: "scheduled", publishAt: at } });
    await logged(tx, user, "front.schedule", id, slots, { at: at.toISOString() });
    return { id };
  });
}

/** A scheduled arrangement that should not go live: it becomes the working draft again when there is none, else it goes. */
export async function unscheduleFront(id: number, user: CurrentUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const a = await tx.frontArrangement.findUnique({ where: { id }, select: { status: true, slots: true, publishAt: true } });
    if (!a || a.status !== "scheduled") throw new StateError("هذا الترتيب لم يعد مجدولاً: ربما نُشر أو أُلغي.");
    const hasDraft = await tx.frontArrangement.count({ where: { status: "draft" } });
    // Conditional, like the scheduler's claim: whichever comes first wins.
    const r = hasDraft
      ? await tx.frontArrangement.deleteMany({ where: { id, status: "scheduled" } })
      : await tx.frontArrangement.updateMany({ where: { id, status: "scheduled" }, data: { status: "draft", publishAt: null } });
    if (r.count === 0) throw new StateError("هذا الترتيب لم يعد مجدولاً: ربما نُشر أو أُلغي.");
    await audit({ actorId: user.id, action: "front.unschedule", entityType: "front", entityId: id, detail: { at: a.publishAt?.toISOString() } }, tx);
  });
}

/** A new publication with the slots of an earlier one (the history keeps both). */
export async function restoreFront(id: number, user: CurrentUser): Promise<{ id: number }> {
  const r = await db.$transaction(async (tx) => {
    const old = await tx.frontArrangement.findUnique({ where: { id }, select: { status: true, slots: true, publishedAt: true } });
    if (!old || (old.status !== "published" && old.status !== "superseded")) throw new HttpError(404, "not_found", "هذا الترتيب غير موجود في السجل.");
    const created = await tx.frontArrangement.create({ data: { status: "draft", slots: old.slots, createdById: user.id, restoredFromId: id }, select: { id: true } });
    await makePublished(tx, created.id, new Date(), user.id);
    const slots = JSON.parse(old.slots) as FrontSlots;
    await logged(tx, user, "front.restore", created.id, slots, { from: id, at: old.publishedAt?.toISOString() });
    await afterFrontPublished(tx, { arrangementId: created.id, trigger: "restore", actorId: user.id });
    return { id: created.id };
  });
  purgeFront();
  return r;
}

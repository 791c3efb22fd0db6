import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { afterFrontPublished } from "./after-published";
import { makePublished } from "./mutations";
import { parseSlots } from "./schema";

/**
 * Publish the scheduled arrangements whose time has come, oldest first (the latest due one
 * ends up published). Each is claimed with a conditional UPDATE … WHERE status='scheduled'
 * AND publishAt<=now, like lib/scheduler/publish-due.ts: several instances ticking on one
 * database apply each exactly once, and only the winner audits. Returns how many went live
 * (the scheduler then expires the home page).
 */
export async function publishDueFronts(now = new Date()): Promise<number> {
  const due = await db.frontArrangement.findMany({ where: { status: "scheduled", publishAt: { lte: now } }, orderBy: [{ publishAt: "asc" }, { id: "asc" }], select: { id: true, publishAt: true, createdById: true }, take: 20 });
  let applied = 0;
  for (const a of due) {
    const won = await db.$transaction(async (tx) => {
      const r = await tx.frontArrangement.updateMany({ where: { id: a.id, status: "scheduled", publishAt: { lte: now } }, data: { status: "draft" } });
      if (r.count === 0) return false; // another instance won, or it was cancelled meanwhile
      // The history says when readers got it: now (later than publishAt if the server was down).
      await makePublished(tx, a.id, now, a.createdById);
      await audit({ actorId: null, action: "front.publish_scheduled", entityType: "front", entityId: a.id, detail: { at: (a.publishAt ?? now).toISOString() } }, tx);
      await afterFrontPublished(tx, { arrangementId: a.id, trigger: "schedule", actorId: null });
      return true;
    });
    if (won) applied++;
  }
  return applied;
}

const expiredBars = new Set<string>();

/**
 * Has the published arrangement's breaking bar expired since this process last looked? The
 * home page is cached for minutes; the scheduler expires it when the bar's time comes, so the
 * automatic strip returns on time. Remembered per process: another instance, or a restart,
 * expires it once more, which costs one render.
 */
export async function breakingBarExpired(now = new Date()): Promise<boolean> {
  const a = await db.frontArrangement.findFirst({ where: { status: "published" }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: { id: true, slots: true } });
  const expiresAt = a ? parseSlots(a.slots).breaking?.expiresAt : undefined;
  if (!a || !expiresAt || Date.parse(expiresAt) > now.getTime()) return false;
  const key = `${a.id}:${expiresAt}`;
  if (expiredBars.has(key)) return false;
  expiredBars.add(key);
  return true;
}

import "server-only";
import { db } from "@/lib/db";
import { baghdadWallTimeToDate } from "@/lib/dates/format";
import { kindsOf } from "./kinds";
import { loadRefs } from "./refs";
import type { AuditFilters } from "./schema";
import { describe } from "./sentence";

export const AUDIT_PAGE_SIZE = 50;

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * One page of the log, newest first, each entry already an Arabic sentence. The person filter
 * matches what they did and what was done to their account (a failed sign-in to it, a role
 * change). Days are the newsroom's calendar days (Baghdad time).
 */
export async function listAudit(f: AuditFilters & { page: number }) {
  const kinds = f.kind ? kindsOf(f.kind) : null;
  const where = {
    AND: [
      f.actor ? { OR: [{ actorId: f.actor }, { entityType: "user", entityId: f.actor }] } : {},
      kinds ? { action: { in: kinds } } : {},
      f.from || f.to
        ? { createdAt: { ...(f.from ? { gte: baghdadWallTimeToDate(f.from, "00:00") } : {}), ...(f.to ? { lt: baghdadWallTimeToDate(nextDay(f.to), "00:00") } : {}) } }
        : {},
    ],
  };
  const [total, rows, people] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (f.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, action: true, entityType: true, entityId: true, detail: true, actorId: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const entries = rows.map((r) => ({ ...r, actorName: r.actor?.name ?? null }));
  const refs = await loadRefs(entries);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    people,
    items: entries.map((e) => ({ id: e.id, createdAt: e.createdAt, sentence: describe(e, refs) })),
  };
}

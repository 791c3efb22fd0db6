import "server-only";
import { db } from "@/lib/db";

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(f: { action?: string; actorId?: string; entityType?: string; entityId?: string; page: number }) {
  const where = {
    ...(f.action ? { action: f.action } : {}),
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
  };
  const [total, items, actions, actors] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: { id: "desc" }, skip: (f.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE, select: { id: true, action: true, entityType: true, entityId: true, detail: true, createdAt: true, actor: { select: { name: true } } } }),
    db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { total, items, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), actions: actions.map((a) => a.action), actors };
}

import "server-only";
import { db } from "@/lib/db";
import { parseOriginList } from "./origins";

/** Every key for the dashboard list, newest first; live keys before revoked ones. */
export async function listApiKeys() {
  const rows = await db.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, origins: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, origins: parseOriginList(r.origins), createdByName: r.createdBy?.name ?? null }));
}

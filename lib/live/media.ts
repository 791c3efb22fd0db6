import "server-only";
import { db } from "@/lib/db";

/** Media paths by id, for the images attached to live updates in the dashboard. */
export async function getMediaPaths(ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await db.media.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, path: true } });
  return new Map(rows.map((r) => [r.id, r.path]));
}

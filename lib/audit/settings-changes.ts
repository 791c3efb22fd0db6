import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_SETTINGS } from "@/lib/settings/defaults";

/**
 * The settings a save actually changes, as {key: [before, after]} for the audit log (a save
 * writes every field of the form; the log names only what differs). Read before the write.
 */
export async function settingsBefore(values: Record<string, unknown>): Promise<(after: Record<string, unknown>) => { changes: Record<string, [unknown, unknown]> }> {
  const rows = await db.siteSetting.findMany({ where: { key: { in: Object.keys(values) } }, select: { key: true, value: true } });
  const before = new Map(rows.map((r) => [r.key, r.value]));
  // A setting never saved reads as its default: a first save of an empty field changes nothing.
  for (const key of Object.keys(values)) {
    if (!before.has(key) && Object.hasOwn(DEFAULT_SETTINGS, key)) before.set(key, JSON.stringify(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]));
  }
  return (after) => {
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [key, value] of Object.entries(after)) {
      const was = before.get(key);
      if (was === JSON.stringify(value)) continue;
      let old: unknown = null;
      try {
        old = was === undefined ? null : JSON.parse(was);
      } catch {
        old = null;
      }
      changes[key] = [old, value ?? null];
    }
    return { changes };
  };
}

// Opaque-enough cursors for "load more": the creation time and id of the last top-level
// comment shown. Shared by the API, the no-JS comments page and the client island.

export type Cursor = { at: Date; id: number };

export function encodeCursor(c: { createdAt: Date | string; id: number }): string {
  return `${new Date(c.createdAt).getTime()}-${c.id}`;
}

export function decodeCursor(raw: string | null | undefined): Cursor | null | "invalid" {
  if (raw == null || raw === "") return null;
  const m = /^(\d{1,15})-(\d{1,10})$/.exec(raw);
  if (!m) return "invalid";
  const at = new Date(Number(m[1]));
  const id = Number(m[2]);
  if (Number.isNaN(at.getTime()) || id > 2_147_483_647) return "invalid";
  return { at, id };
}

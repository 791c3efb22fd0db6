// Opaque-enough cursors for "load more": the creation time and id of the last top-level
// comment shown. Shared by the API, the no-JS comments page and the client island.

/** 9999-12-31T23:59:59.999Z */
export const MAX_CURSOR_MS = 253_402_300_799_999;

export type Cursor = { at: Date; id: number };

export function encodeCursor(c: { createdAt: Date | string; id: number }): string {
  return `${new Date(c.createdAt).getTime()}-${c.id}`;
}

export function decodeCursor(raw: string | null | undefined): Cursor | null | "invalid" {
  if (raw == null || raw === "") return null;
  const m = /^(\d{1,15})-(\d{1,10})$/.exec(raw);
  if (!m) return "invalid";
  const ms = Number(m[1]);
  const id = Number(m[2]);
  // Past the end of year 9999 a date has no four-digit ISO form, and the database layer
  // throws on it (issue 9): such a cursor was never issued by us.
  if (ms > MAX_CURSOR_MS || id < 1 || id > 2_147_483_647) return "invalid";
  const at = new Date(ms);
  return { at, id };
}

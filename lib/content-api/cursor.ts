// Cursors of the content API (decision 177): the sort key of the last item sent, opaque to
// clients (base64url JSON). Lists are ordered by a key that never ties — (publishedAt, id)
// for articles, id for the rest — so a page boundary is exact even when pieces are
// published meanwhile: the next page starts strictly after the last item seen.

export type Cursor = { t?: string; id: number; p?: number };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}

export function decodeCursor(raw: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(raw)) return null;
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) return null;
  const { t, id, p } = v as Record<string, unknown>;
  if (typeof id !== "number" || !Number.isInteger(id) || id < 0 || id > 2_147_483_647) return null;
  if (t !== undefined && (typeof t !== "string" || !Number.isFinite(Date.parse(t)) || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(t))) return null;
  if (p !== undefined && (typeof p !== "number" || !Number.isInteger(p) || p < 1 || p > 500)) return null;
  return { ...(t !== undefined ? { t } : {}), id, ...(p !== undefined ? { p } : {}) };
}

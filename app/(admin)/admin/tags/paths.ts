/** /admin/tags with its search, page, open step and the last result, as a link. */
export function tagsScreenPath(p: { q?: string; page?: number; act?: "rename" | "merge" | "delete"; id?: number; done?: "merge" | "delete"; name?: string; into?: string }): string {
  const s = new URLSearchParams();
  if (p.q) s.set("q", p.q);
  if (p.page && p.page > 1) s.set("page", String(p.page));
  if (p.act && p.id) {
    s.set("act", p.act);
    s.set("id", String(p.id));
  }
  if (p.done) s.set("done", p.done);
  if (p.name) s.set("name", p.name);
  if (p.into) s.set("into", p.into);
  const qs = s.toString();
  return `/admin/tags${qs ? `?${qs}` : ""}${p.act ? "#tag-step" : ""}`;
}

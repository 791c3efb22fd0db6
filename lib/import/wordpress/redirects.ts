import "server-only";
import { permanentRedirect } from "next/navigation";
import { articlePath, authorPath, sectionPath, tagPath } from "@/lib/articles/urls";
import { publicWhere } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import { mediaUrl } from "@/lib/media/url";
import { parseUnknownPath, type LegacyTarget } from "./legacy-urls";

// Where an old WordPress address lives now (issue 14). Only public pieces are answered:
// a draft's old address stays "not found", as it was on WordPress.

const SOURCE = "wordpress";

async function publicArticlePath(id: number): Promise<string | null> {
  const a = await db.article.findFirst({ where: { id, ...publicWhere() }, select: { id: true, slug: true } });
  return a ? articlePath(a) : null;
}

async function record(kind: string, where: { externalId?: string; slug?: string }) {
  return db.importRecord.findFirst({ where: { source: SOURCE, kind, ...where }, select: { targetId: true }, orderBy: { id: "desc" } });
}

export async function wordPressDestination(t: LegacyTarget): Promise<string | null> {
  switch (t.kind) {
    case "post-id": {
      const r = await record("post", { externalId: String(t.id) });
      return r ? publicArticlePath(r.targetId) : null;
    }
    case "post-slug": {
      const r = await record("post", { slug: t.slug });
      return r ? publicArticlePath(r.targetId) : null;
    }
    case "category": {
      const r = await record("category", { slug: t.slug });
      const s = r ? await db.section.findUnique({ where: { id: r.targetId }, select: { slug: true } }) : null;
      if (!s) return null;
      return t.feed ? `${sectionPath(s.slug)}/feed.xml` : sectionPath(s.slug);
    }
    case "tag-feed": {
      // Midad has no per-tag feed: the tag's page is the closest thing.
      const tag = await db.tag.findUnique({ where: { slug: t.slug }, select: { slug: true } });
      return tag ? tagPath(tag.slug) : null;
    }
    case "author-feed": {
      const a = await db.author.findUnique({ where: { slug: t.slug }, select: { slug: true } });
      return a ? `${authorPath(a.slug)}/feed.xml` : null;
    }
    case "site-feed":
      return "/feed.xml";
    case "upload": {
      const original = t.path.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, "$1").replace(/-scaled(\.[a-z0-9]+)$/i, "$1");
      const r = (await record("attachment", { slug: t.path })) ?? (await record("attachment", { slug: original }));
      const m = r ? await db.media.findUnique({ where: { id: r.targetId }, select: { path: true } }) : null;
      return m ? mediaUrl(m.path) : null;
    }
  }
}

/** For a path our routes found nothing at (`/<id>`, `/<postname>`, `/<category>/<postname>`): 308 to where it lives now. */
export async function redirectIfWordPress(segments: string[]): Promise<void> {
  const t = parseUnknownPath(segments);
  const to = t ? await wordPressDestination(t) : null;
  if (to) permanentRedirect(to);
}

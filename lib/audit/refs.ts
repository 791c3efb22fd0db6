import "server-only";
import { db } from "@/lib/db";
import { emptyRefs, type AuditEntry, type AuditRefs } from "./sentence";

// The objects a page of audit entries names, loaded in one query per kind of object: their
// current names for the sentences, and whether they still exist (a missing one reads from
// the name saved with the event).

const ENTITY_NUMERIC = ["article", "comment", "section", "tag", "supplement", "author", "invitation", "mail", "media", "apikey"] as const;

export async function loadRefs(entries: (AuditEntry & { detail: string | null })[]): Promise<AuditRefs> {
  const ids = new Map<string, Set<number>>(ENTITY_NUMERIC.map((t) => [t, new Set<number>()]));
  const users = new Set<string>();
  for (const e of entries) {
    if (e.actorId) users.add(e.actorId);
    if (e.entityType === "user" && e.entityId) users.add(e.entityId);
    else if (e.entityId && /^\d{1,15}$/.test(e.entityId)) ids.get(e.entityType)?.add(Number(e.entityId));
    // A tag merge names the tag it kept.
    if (e.action === "tag.merge" && e.detail) {
      const into = /"into":(\d{1,15})/.exec(e.detail)?.[1];
      if (into) ids.get("tag")!.add(Number(into));
    }
  }
  const list = (t: string) => ({ id: { in: [...ids.get(t)!] } });
  const [u, articles, comments, sections, tags, supplements, authors, invitations, mail, media, apiKeys] = await Promise.all([
    db.user.findMany({ where: { id: { in: [...users] } }, select: { id: true, name: true } }),
    db.article.findMany({ where: list("article"), select: { id: true, title: true } }),
    db.comment.findMany({ where: list("comment"), select: { id: true, authorName: true, articleId: true, article: { select: { title: true } } } }),
    db.section.findMany({ where: list("section"), select: { id: true, name: true } }),
    db.tag.findMany({ where: list("tag"), select: { id: true, name: true } }),
    db.supplement.findMany({ where: list("supplement"), select: { id: true, name: true } }),
    db.author.findMany({ where: list("author"), select: { id: true, name: true } }),
    db.invitation.findMany({ where: list("invitation"), select: { id: true, name: true, email: true } }),
    db.mailMessage.findMany({ where: list("mail"), select: { id: true, subject: true, to: true } }),
    db.media.findMany({ where: list("media"), select: { id: true, path: true } }),
    db.apiKey.findMany({ where: list("apikey"), select: { id: true, name: true } }),
  ]);
  const refs = emptyRefs();
  for (const x of u) refs.users.set(x.id, { name: x.name });
  for (const x of articles) refs.articles.set(x.id, { title: x.title });
  for (const x of comments) refs.comments.set(x.id, { authorName: x.authorName, articleId: x.articleId, articleTitle: x.article.title });
  for (const x of sections) refs.sections.set(x.id, { name: x.name });
  for (const x of tags) refs.tags.set(x.id, { name: x.name });
  for (const x of supplements) refs.supplements.set(x.id, { name: x.name });
  for (const x of authors) refs.authors.set(x.id, { name: x.name });
  for (const x of invitations) refs.invitations.set(x.id, { name: x.name, email: x.email });
  for (const x of mail) refs.mail.set(x.id, { subject: x.subject, to: x.to });
  for (const x of media) refs.media.set(x.id, { path: x.path });
  for (const x of apiKeys) refs.apiKeys.set(x.id, { name: x.name });
  return refs;
}

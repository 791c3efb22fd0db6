import "server-only";
import { baghdadDay, baghdadTime } from "@/lib/dates/format";
import { mediaUrl } from "@/lib/media/url";
import type { EditableArticle } from "./admin-queries";

/** A piece as the editor holds it (the page's first load and "open the latest version" after a conflict). */
export function toEditorArticle(a: EditableArticle) {
  return {
    id: a.id, version: a.version, status: a.status, title: a.title, slug: a.slug, kicker: a.kicker ?? "", excerpt: a.excerpt ?? "", bodyHtml: a.bodyHtml,
    dateline: a.dateline ?? "", sectionId: a.sectionId, supplementId: a.supplementId, tagNames: a.tagNames, authorIds: a.authorIds,
    imageId: a.imageId, imageUrl: a.image ? mediaUrl(a.image.path) : null, imageCaption: a.imageCaption ?? "", imageAlt: a.imageAlt ?? "",
    breaking: a.breaking, commentsOpen: a.commentsOpen, seoTitle: a.seoTitle ?? "", seoDescription: a.seoDescription ?? "",
    schedule: a.status === "scheduled" && a.publishAt ? { day: baghdadDay(a.publishAt), time: baghdadTime(a.publishAt) } : null,
    savedBy: a.updatedBy?.name ?? null,
    savedAt: a.updatedAt.toISOString(),
  };
}
export type EditorArticleData = ReturnType<typeof toEditorArticle>;

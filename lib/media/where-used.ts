import "server-only";
import { counted, type CountForms } from "@/lib/arabic/plural";
import { db } from "@/lib/db";
import { publishedSlots } from "@/lib/front/queries";
import { mediaUrl } from "./url";

// Where an image is shown (issue 15). One function on purpose: the image page lists these,
// deleting refuses while there is any, and a focal-point change purges the readers' pages of
// each. A new place that shows images (the front page's curation, a live update's picture)
// adds its query here and nothing else needs to change.

export type MediaUse =
  | { kind: "article-image" | "article-body" | "live-update" | "front-page"; id: number; title: string; status: string; slug: string }
  | { kind: "author-photo"; id: number; name: string; slug: string }
  | { kind: "supplement-cover"; id: number; name: string; slug: string };

export const USE_LABELS: Record<MediaUse["kind"], string> = {
  "article-image": "الصورة الرئيسية لمقالة",
  "article-body": "صورة في نص مقالة",
  "live-update": "صورة في تحديث تغطية مباشرة لمقالة",
  "front-page": "على الصفحة الأولى (اختيار المحررين) مع مقالة",
  "author-photo": "صورة كاتب",
  "supplement-cover": "غلاف ملحق",
};

/** Every place the image with this id (stored at `path`) is used, pieces first. */
export async function whereUsed(media: { id: number; path: string }): Promise<MediaUse[]> {
  const piece = { id: true, title: true, status: true, slug: true } as const;
  // Body images are <img src="/media/…"> in the sanitized HTML (the picker and the upload insert that address).
  // The front page shows the featured picture of each piece the editors placed there.
  const slots = await publishedSlots();
  const placed = slots ? [slots.lead, ...slots.top, ...slots.sections.flatMap((s) => s.pinned)].filter((x): x is number => x !== null) : [];
  const [featured, inBody, authors, supplements, live, front] = await Promise.all([
    db.article.findMany({ where: { imageId: media.id }, select: piece, orderBy: { id: "desc" } }),
    db.article.findMany({ where: { bodyHtml: { contains: `src="${mediaUrl(media.path)}` } }, select: piece, orderBy: { id: "desc" } }),
    db.author.findMany({ where: { photoId: media.id }, select: { id: true, name: true, slug: true } }),
    db.supplement.findMany({ where: { coverId: media.id }, select: { id: true, name: true, slug: true } }),
    db.article.findMany({ where: { liveUpdates: { some: { imageId: media.id, deletedAt: null } } }, select: piece, orderBy: { id: "desc" } }),
    placed.length ? db.article.findMany({ where: { id: { in: placed }, imageId: media.id, status: "published" }, select: piece }) : Promise.resolve([]),
  ]);
  return [
    ...featured.map((a) => ({ kind: "article-image" as const, ...a })),
    ...inBody.map((a) => ({ kind: "article-body" as const, ...a })),
    ...live.map((a) => ({ kind: "live-update" as const, ...a })),
    ...front.map((a) => ({ kind: "front-page" as const, ...a })),
    ...authors.map((a) => ({ kind: "author-photo" as const, ...a })),
    ...supplements.map((s) => ({ kind: "supplement-cover" as const, ...s })),
  ];
}

const PLACES: CountForms = { zero: "لا مكان", one: "مكان واحد", two: "مكانان", few: "# أماكن", many: "# مكاناً", other: "# مكان" };

/** One Arabic phrase naming the places, for a refusal: «الصورة الرئيسية لمقالة «…»، غلاف ملحق «…»». */
export function describeUses(uses: MediaUse[], max = 3): string {
  const names = uses.slice(0, max).map((u) => `${USE_LABELS[u.kind]} «${"title" in u ? u.title : u.name}»`);
  const more = uses.length - names.length;
  return names.join("، ") + (more > 0 ? ` و${counted(more, PLACES)} غيرها` : "");
}

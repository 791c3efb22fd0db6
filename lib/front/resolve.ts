import "server-only";
import { db } from "@/lib/db";
import { cardSelect, toCard } from "@/lib/articles/select";
import { publicWhere } from "@/lib/articles/visibility";
import { assembleHome, BLOCK_SIZE, chosenIds, leadingPoolSize, type HomeData } from "./assemble";
import { PINS_PER_SECTION, TOP_MAX, type FrontSlots } from "./schema";

const BREAKING_WINDOW_MS = 24 * 3600_000;

/**
 * The home page for an arrangement (the published one for readers, a draft for the preview),
 * read fresh: the rules are in assemble.ts, this only loads what they need.
 */
export async function resolveHome(slots: FrontSlots | null, now = new Date()): Promise<HomeData> {
  const ids = chosenIds(slots);
  const [visible, leading, breaking, sections] = await Promise.all([
    ids.length ? db.article.findMany({ where: { ...publicWhere(now), id: { in: ids } }, select: cardSelect }) : [],
    // The automatic lead and top stories: the newest news pieces with a picture (opinion
    // columns and breaking items have places of their own).
    db.article.findMany({
      where: { ...publicWhere(now), imageId: { not: null }, breaking: false, section: { slug: { not: "opinion" } } },
      orderBy: { publishedAt: "desc" },
      take: leadingPoolSize(slots),
      select: cardSelect,
    }),
    db.article.findMany({
      where: { ...publicWhere(now), breaking: true, publishedAt: { lte: now, gte: new Date(now.getTime() - BREAKING_WINDOW_MS) } },
      orderBy: { publishedAt: "desc" },
      take: 3,
      select: cardSelect,
    }),
    db.section.findMany({ orderBy: { position: "asc" }, select: { id: true, slug: true, name: true } }),
  ]);
  // Enough of each section's newest to fill its block past the lead, the top stories and its pins.
  const perSection = BLOCK_SIZE + PINS_PER_SECTION + 1 + TOP_MAX;
  const newest = await Promise.all(
    sections.map((s) => db.article.findMany({ where: { ...publicWhere(now), sectionId: s.id }, orderBy: { publishedAt: "desc" }, take: perSection, select: cardSelect })),
  );
  return assembleHome({
    slots,
    visible: new Map(visible.map((a) => [a.id, toCard(a)])),
    leading: leading.map(toCard),
    breaking: breaking.map(toCard),
    sections: sections.map((s, i) => ({ ...s, newest: newest[i]!.map(toCard) })),
    now,
  });
}

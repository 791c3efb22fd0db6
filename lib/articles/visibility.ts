import type { ArticleStatus } from "@/lib/generated/prisma/enums";

/** Readers see a piece only once it is published and its publication time has come. */
export function isPublic(a: { status: ArticleStatus | string; publishedAt: Date | string | null }, now = new Date()) {
  if (a.status !== "published" || !a.publishedAt) return false;
  return new Date(a.publishedAt).getTime() <= now.getTime();
}

/** The same rule as a Prisma filter, for every reader-facing query. */
export function publicWhere(now = new Date()) {
  return { status: "published" as const, publishedAt: { lte: now } };
}

/** "آخر تحديث" shows only when a piece changed meaningfully after it went live. */
export const UPDATE_NOTICE_AFTER_MS = 10 * 60 * 1000;
export function meaningfulUpdate(publishedAt: Date | string, contentUpdatedAt: Date | string | null) {
  if (!contentUpdatedAt) return false;
  return new Date(contentUpdatedAt).getTime() - new Date(publishedAt).getTime() >= UPDATE_NOTICE_AFTER_MS;
}

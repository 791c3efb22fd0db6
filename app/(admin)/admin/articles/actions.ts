"use server";

import { z } from "zod";
import { actionResult, invalid, type ActionState } from "@/lib/auth/action";
import { requirePermission, requireUser } from "@/lib/auth/guard";
import { createArticle, saveArticle } from "@/lib/articles/mutations";
import { restoreRevision } from "@/lib/articles/restore";
import { articleInputSchema, fieldErrors, saveArticleSchema, scheduleSchema } from "@/lib/articles/schema";
import { transition, type StepName } from "@/lib/articles/workflow";
import { baghdadWallTimeToDate } from "@/lib/dates/format";

const idSchema = z.coerce.number().int().positive();

export async function createArticleAction(input: unknown): Promise<ActionState<{ id: number }>> {
  return actionResult(async () => {
    const user = await requirePermission("article:create");
    const parsed = articleInputSchema.safeParse(input);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const { id } = await createArticle(user, parsed.data);
    return { ok: true, message: "أُنشئ المقال.", data: { id } };
  });
}

export async function saveArticleAction(input: unknown): Promise<ActionState<{ version: number; savedAt: string }>> {
  return actionResult(async () => {
    const user = await requireUser();
    const parsed = saveArticleSchema.safeParse(input);
    if (!parsed.success) return invalid(fieldErrors(parsed.error));
    const r = await saveArticle(user, parsed.data);
    return { ok: true, message: parsed.data.autosave ? "حُفظت المسودة تلقائياً." : "حُفظ المقال.", data: { version: r.version, savedAt: r.savedAt.toISOString() } };
  });
}

async function step(name: StepName, id: unknown, publishAt?: Date): Promise<ActionState> {
  return actionResult(async () => {
    const user = await requireUser();
    const parsed = idSchema.safeParse(id);
    if (!parsed.success) return invalid({ id: "مقال غير صالح." });
    return { ok: true, message: await transition(user, parsed.data, name, { publishAt }) };
  });
}

export async function submitArticleAction(id: unknown) {
  return step("submit", id);
}
export async function publishArticleAction(id: unknown) {
  return step("publish", id);
}
export async function unpublishArticleAction(id: unknown) {
  return step("unpublish", id);
}
export async function archiveArticleAction(id: unknown) {
  return step("archive", id);
}
export async function scheduleArticleAction(input: unknown): Promise<ActionState> {
  const parsed = scheduleSchema.safeParse(input);
  if (!parsed.success) {
    return actionResult(async () => {
      await requirePermission("article:schedule");
      return invalid(fieldErrors(parsed.error));
    });
  }
  return step("schedule", parsed.data.id, baghdadWallTimeToDate(parsed.data.day, parsed.data.time));
}

export async function restoreRevisionAction(input: unknown): Promise<ActionState<{ version: number }>> {
  return actionResult(async () => {
    const user = await requireUser();
    const parsed = z.object({ articleId: idSchema, revisionId: idSchema }).safeParse(input);
    if (!parsed.success) return invalid({ revisionId: "نسخة غير صالحة." });
    const r = await restoreRevision(user, parsed.data.articleId, parsed.data.revisionId);
    return { ok: true, message: "استُعيدت النسخة.", data: { version: r.version } };
  });
}

"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/auth/action";
import { getArticleForEdit } from "@/lib/articles/admin-queries";
import { toEditorArticle, type EditorArticleData } from "@/lib/articles/editor-fields";
import { NotFoundError } from "@/lib/articles/errors";
import { createArticle, mayEdit, saveArticle } from "@/lib/articles/mutations";
import { AuthError } from "@/lib/auth/guard";
import { restoreRevision } from "@/lib/articles/restore";
import { articleInputSchema, restoreRevisionSchema, saveArticleSchema, scheduleSchema, stepSchema } from "@/lib/articles/schema";
import { transition, type StepName } from "@/lib/articles/workflow";
import { baghdadWallTimeToDate } from "@/lib/dates/format";
import { serverAction } from "@/lib/http/action";

// Every action goes through serverAction (lib/http/action.ts): guard, schema, handler.
// Saves and workflow steps need only a signed-in user here: who may do what to which piece
// (own/any, by status) is checked inside the mutation, against the row itself.

const create = serverAction({
  permission: "article:create",
  schema: articleInputSchema,
  run: async (input, user) => ({ message: "أُنشئ المقال.", data: { id: (await createArticle(user, input)).id } }),
});

const save = serverAction({
  permission: "signed-in",
  schema: saveArticleSchema,
  run: async (input, user) => {
    const r = await saveArticle(user, input);
    return { message: input.autosave ? "حُفظت المسودة تلقائياً." : "حُفظ المقال.", data: { version: r.version, savedAt: r.savedAt.toISOString() } };
  },
});

const step = (name: Exclude<StepName, "schedule">) =>
  serverAction({
    permission: "signed-in",
    schema: stepSchema,
    input: (id) => ({ id }),
    run: async ({ id }, user) => transition(user, id, name),
  });
const submit = step("submit");
const publish = step("publish");
const unpublish = step("unpublish");
const archive = step("archive");

const schedule = serverAction({
  permission: "article:schedule",
  schema: scheduleSchema,
  run: async (input, user) => transition(user, input.id, "schedule", { publishAt: baghdadWallTimeToDate(input.day, input.time) }),
});

// After a version conflict the editor shows the latest saved version beside the person's own
// text; it reads it here, under the same rule as opening the editor (mayEdit).
const latest = serverAction({
  permission: "article:edit",
  schema: stepSchema,
  input: (id) => ({ id }),
  run: async ({ id }, user) => {
    const a = await getArticleForEdit(id);
    if (!a) throw new NotFoundError();
    if (!mayEdit(user, a)) throw new AuthError(403);
    return { data: toEditorArticle(a) };
  },
});

const restore = serverAction({
  permission: "signed-in",
  schema: restoreRevisionSchema,
  run: async (input, user) => {
    const r = await restoreRevision(user, input.articleId, input.revisionId);
    return { message: "استُعيدت النسخة.", data: { version: r.version } };
  },
});

export async function createArticleAction(input: unknown) {
  return create(input) as Promise<ActionState<{ id: number }>>;
}
export async function saveArticleAction(input: unknown) {
  return save(input) as Promise<ActionState<{ version: number; savedAt: string }>>;
}
export async function submitArticleAction(id: unknown) {
  return submit(id);
}
export async function publishArticleAction(id: unknown) {
  return publish(id);
}
export async function unpublishArticleAction(id: unknown) {
  return unpublish(id);
}
export async function archiveArticleAction(id: unknown) {
  return archive(id);
}
export async function scheduleArticleAction(input: unknown) {
  return schedule(input);
}
export async function restoreRevisionAction(input: unknown) {
  return restore(input) as Promise<ActionState<{ version: number }>>;
}
/**
 * Restore without JavaScript: the revisions page's confirmation step posts here, and the person
 * lands back on the revisions page with the outcome. Refusals by permission answer as any action.
 */
export async function restoreRevisionFormAction(form: unknown) {
  const r = await restore(form);
  if (r && !r.ok && (r.code === "unauthorized" || r.code === "forbidden")) return r;
  const parsed = restoreRevisionSchema.safeParse(form instanceof FormData ? Object.fromEntries(form) : form);
  if (!parsed.success) return r;
  const articleId = parsed.data.articleId;
  redirect(`/admin/articles/${articleId}/revisions?${r?.ok ? "restored=1" : "restore-failed=1"}`);
}
export async function latestArticleAction(id: unknown) {
  return latest(id) as Promise<ActionState<EditorArticleData>>;
}

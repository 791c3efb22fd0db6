"use server";

import { redirect } from "next/navigation";
import { actionResult, invalid, type ActionState } from "@/lib/auth/action";
import { requirePermission } from "@/lib/auth/guard";
import { blockFromComment, moderate, setArticlePolicy } from "@/lib/comments/moderation";
import { QUEUES, articlePolicySchema, blockSchema, moderateSchema, type Queue } from "@/lib/comments/moderation-schema";
import { fieldErrors } from "@/lib/comments/schema";

// Moderation decisions from the queue page and the comment page. Form posts (they work
// before the page's JavaScript loads); on success each redirects back with the outcome,
// on refusal it returns a typed Arabic state like every other admin action.

function backTo(formData: FormData, extra: Record<string, string>): string {
  const queue = String(formData.get("queue") ?? "");
  const page = Number(formData.get("page") ?? 1);
  const back = String(formData.get("back") ?? "");
  if (/^\/admin\/comments\/\d+$/.test(back)) return `${back}?${new URLSearchParams(extra)}`;
  const q = new URLSearchParams({ queue: (QUEUES as readonly string[]).includes(queue) ? (queue as Queue) : "pending", ...extra });
  if (Number.isInteger(page) && page > 1) q.set("page", String(page));
  return `/admin/comments?${q}`;
}

/** One comment (button "approve:12") or the checked ones (button "approve"). */
export async function moderateComments(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await actionResult(async () => {
    const user = await requirePermission("comment:moderate");
    const [decision, single] = String(formData.get("op") ?? "").split(":");
    const ids = single ? [single] : formData.getAll("ids").map(String);
    const parsed = moderateSchema.safeParse({ decision, ids, reason: formData.get("reason") || undefined });
    if (!parsed.success) return invalid(fieldErrors(parsed.error), parsed.error.issues[0]?.message);
    const n = await moderate(user, parsed.data.decision, parsed.data.ids, parsed.data.reason);
    return { ok: true, data: { done: n, decision: parsed.data.decision } };
  });
  if (result?.ok) {
    const data = result.data as { done: number; decision: string };
    redirect(backTo(formData, { done: String(data.done), decision: data.decision }));
  }
  return result;
}

/** Block the comment's client (by keyed hash) or its name for a number of days. */
export async function blockCommenter(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await actionResult(async () => {
    const user = await requirePermission("comment:moderate");
    const parsed = blockSchema.safeParse({
      commentId: formData.get("commentId"),
      kind: formData.get("kind"),
      days: formData.get("days"),
      reason: formData.get("reason") || undefined,
    });
    if (!parsed.success) return invalid(fieldErrors(parsed.error), parsed.error.issues[0]?.message);
    const ok = await blockFromComment(user, parsed.data.commentId, parsed.data.kind, parsed.data.days, parsed.data.reason);
    if (!ok) return { ok: false, code: "not_found", message: "التعليق غير موجود." };
    return { ok: true, data: { commentId: parsed.data.commentId } };
  });
  if (result?.ok) redirect(`/admin/comments/${(result.data as { commentId: number }).commentId}?blocked=1`);
  return result;
}

/** Pre- or post-moderation for one piece, or back to the site's setting. */
export async function setArticleCommentPolicy(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return actionResult(async () => {
    const user = await requirePermission("comment:settings");
    const parsed = articlePolicySchema.safeParse({ articleId: formData.get("articleId"), policy: formData.get("policy") });
    if (!parsed.success) return invalid(fieldErrors(parsed.error), parsed.error.issues[0]?.message);
    const { articleId, policy } = parsed.data;
    if (!(await setArticlePolicy(user, articleId, policy === "default" ? null : policy))) return { ok: false, code: "not_found", message: "المادة غير موجودة." };
    return { ok: true, message: "حُفظت سياسة الإشراف لهذه المادة." };
  });
}

"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/auth/action";
import { blockFromComment, moderate, setArticlePolicy } from "@/lib/comments/moderation";
import { QUEUES, articlePolicySchema, blockSchema, moderateSchema, type Queue } from "@/lib/comments/moderation-schema";
import { HttpError } from "@/lib/http/errors";
import { serverAction } from "@/lib/http/action";

// Moderation decisions from the queue page and the comment page. Form posts (they work
// before the page's JavaScript loads); on success each redirects back with the outcome,
// on refusal it returns a typed Arabic state like every other admin action.

function backTo(formData: unknown, extra: Record<string, string>): string {
  // A form post carries FormData; a hand-made call may carry anything (then: the pending queue).
  const get = (k: string) => (formData instanceof FormData ? formData.get(k) : null);
  const queue = String(get("queue") ?? "");
  const page = Number(get("page") ?? 1);
  const back = String(get("back") ?? "");
  if (/^\/admin\/comments\/\d+$/.test(back)) return `${back}?${new URLSearchParams(extra)}`;
  const q = new URLSearchParams({ queue: (QUEUES as readonly string[]).includes(queue) ? (queue as Queue) : "pending", ...extra });
  if (Number.isInteger(page) && page > 1 && page < 1_000_000) q.set("page", String(page));
  return `/admin/comments?${q}`;
}

const str = (v: unknown) => (typeof v === "string" ? v : "");
const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const moderateAction = serverAction({
  permission: "comment:moderate",
  schema: moderateSchema,
  firstIssueAsMessage: true,
  // One comment (button "approve:12") or the checked ones (button "approve").
  input: (raw) => {
    const f = (raw ?? {}) as Record<string, unknown>;
    const [decision, single] = str(f.op).split(":");
    return { decision, ids: single ? [single] : list(f.ids), reason: f.reason || undefined };
  },
  run: async (input, user) => ({ data: { done: await moderate(user, input.decision, input.ids, input.reason), decision: input.decision } }),
});

const blockAction = serverAction({
  permission: "comment:moderate",
  schema: blockSchema,
  firstIssueAsMessage: true,
  input: (raw) => {
    const f = (raw ?? {}) as Record<string, unknown>;
    return { commentId: f.commentId, kind: f.kind, days: f.days, reason: f.reason || undefined };
  },
  run: async (input, user) => {
    if (!(await blockFromComment(user, input.commentId, input.kind, input.days, input.reason))) throw new HttpError(404, "not_found", "التعليق غير موجود.");
    return { data: { commentId: input.commentId } };
  },
});

const policyAction = serverAction({
  permission: "comment:settings",
  schema: articlePolicySchema,
  firstIssueAsMessage: true,
  input: (raw) => {
    const f = (raw ?? {}) as Record<string, unknown>;
    return { articleId: f.articleId, policy: f.policy };
  },
  run: async ({ articleId, policy }, user) => {
    if (!(await setArticlePolicy(user, articleId, policy === "default" ? null : policy))) throw new HttpError(404, "not_found", "المادة غير موجودة.");
    return "حُفظت سياسة الإشراف لهذه المادة.";
  },
});

export async function moderateComments(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await moderateAction(formData);
  if (result?.ok) {
    const data = result.data as { done: number; decision: string };
    redirect(backTo(formData, { done: String(data.done), decision: data.decision }));
  }
  return result;
}

/** Block the comment's client (by keyed hash) or its name for a number of days. */
export async function blockCommenter(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await blockAction(formData);
  if (result?.ok) redirect(`/admin/comments/${(result.data as { commentId: number }).commentId}?blocked=1`);
  return result;
}

/** Pre- or post-moderation for one piece, or back to the site's setting. */
export async function setArticleCommentPolicy(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return policyAction(formData);
}

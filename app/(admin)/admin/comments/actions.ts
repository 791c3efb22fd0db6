"use server";

import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { blockFromComment, moderate } from "@/lib/comments/moderation";
import { QUEUES, blockSchema, moderateSchema, type Queue } from "@/lib/comments/moderation-schema";

// Moderation decisions from the queue page and the comment page. Plain form posts, so
// they work before the page's JavaScript loads; each redirects back with the outcome.

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
export async function moderateComments(formData: FormData): Promise<void> {
  const user = await requirePermission("comment:moderate");
  const [decision, single] = String(formData.get("op") ?? "").split(":");
  const ids = single ? [single] : formData.getAll("ids").map(String);
  const parsed = moderateSchema.safeParse({ decision, ids, reason: formData.get("reason") || undefined });
  if (!parsed.success) redirect(backTo(formData, { error: parsed.error.issues[0]?.message ?? "طلب غير صالح." }));
  const n = await moderate(user, parsed.data.decision, parsed.data.ids, parsed.data.reason);
  redirect(backTo(formData, { done: String(n), decision: parsed.data.decision }));
}

/** Block the comment's client (by keyed hash) or its name for a number of days. */
export async function blockCommenter(formData: FormData): Promise<void> {
  const user = await requirePermission("comment:moderate");
  const parsed = blockSchema.safeParse({
    commentId: formData.get("commentId"),
    kind: formData.get("kind"),
    days: formData.get("days"),
    reason: formData.get("reason") || undefined,
  });
  const id = Number(formData.get("commentId"));
  const back = Number.isInteger(id) && id > 0 ? `/admin/comments/${id}` : "/admin/comments";
  if (!parsed.success) redirect(`${back}?error=${encodeURIComponent(parsed.error.issues[0]?.message ?? "طلب غير صالح.")}`);
  const ok = await blockFromComment(user, parsed.data.commentId, parsed.data.kind, parsed.data.days, parsed.data.reason);
  redirect(`${back}?${ok ? "blocked=1" : `error=${encodeURIComponent("التعليق غير موجود.")}`}`);
}

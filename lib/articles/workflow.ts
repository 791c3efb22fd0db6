import "server-only";
import { db } from "@/lib/db";
import { audit, type AuditAction } from "@/lib/audit/log";
import { AuthError, type CurrentUser } from "@/lib/auth/guard";
import { can, type Permission } from "@/lib/auth/permissions";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { afterArticleWriteInTx, afterStatusChange, articleCacheKeys } from "./after-change";
import { NotFoundError, StateError } from "./errors";
import { publishProblems } from "./schema";

// draft → in_review → scheduled | published → archived; unpublishing returns to draft.
// Each step is a conditional update on the state it starts from, so two clicks (or two
// editors) cannot apply it twice.

type Step = { permission: Permission; from: ArticleStatus[]; to: ArticleStatus; audit: AuditAction | null; label: string };

export const STEPS = {
  submit: { permission: "article:submit", from: ["draft"], to: "in_review", audit: "article.submit", label: "أُرسل للمراجعة." },
  publish: { permission: "article:publish", from: ["draft", "in_review", "scheduled"], to: "published", audit: "article.publish", label: "نُشر المقال." },
  schedule: { permission: "article:schedule", from: ["draft", "in_review", "scheduled"], to: "scheduled", audit: "article.schedule", label: "جُدول المقال." },
  unpublish: { permission: "article:unpublish", from: ["published", "scheduled"], to: "draft", audit: "article.unpublish", label: "أُلغي نشر المقال وعاد مسودة." },
  archive: { permission: "article:archive", from: ["draft", "in_review", "published", "scheduled"], to: "archived", audit: "article.archive", label: "أُرشف المقال." },
} as const satisfies Record<string, Step>;

export type StepName = keyof typeof STEPS;

export class PublishProblemsError extends Error {
  constructor(public errors: Record<string, string>) {
    super(Object.values(errors)[0] ?? "لا يمكن النشر.");
  }
}

export async function transition(user: CurrentUser, id: number, step: StepName, opts: { publishAt?: Date } = {}): Promise<string> {
  const s: Step = STEPS[step];
  const a = await db.article.findUnique({ where: { id }, select: { status: true, createdById: true, title: true, imageId: true, imageAlt: true, publishedAt: true } });
  if (!a) throw new NotFoundError();
  if (!can(user, s.permission, { ownerId: a.createdById })) throw new AuthError(403);
  if (!(s.from as readonly string[]).includes(a.status)) throw new StateError("لا تنطبق هذه الخطوة على حالة المقال الحالية. أعد تحميل الصفحة.");
  if (s.to === "published" || s.to === "scheduled") {
    const problems = publishProblems(a);
    if (Object.keys(problems).length) throw new PublishProblemsError(problems as Record<string, string>);
  }
  if (step === "schedule" && (!opts.publishAt || opts.publishAt.getTime() <= Date.now())) throw new StateError("اختر وقتاً في المستقبل (بتوقيت بغداد).");
  // Taking back a scheduled piece is cancelling its schedule, never "unpublishing" (it was never live).
  const unschedule = step === "unpublish" && a.status === "scheduled";
  const now = new Date();
  const wasVisible = a.status === "published";
  const keys = await db.$transaction(async (tx) => {
    const data =
      step === "publish"
        ? { status: s.to, publishedAt: a.publishedAt ?? now, publishAt: null, contentUpdatedAt: a.publishedAt ? now : null }
        : step === "schedule"
          ? { status: s.to, publishAt: opts.publishAt!, publishedAt: null }
          : step === "unpublish"
            ? { status: s.to, publishAt: null }
            : { status: s.to };
    const r = await tx.article.updateMany({ where: { id, status: a.status }, data: { ...data, updatedById: user.id } });
    if (r.count === 0) throw new StateError("تغيّرت حالة المقال للتو. أعد تحميل الصفحة.");
    if (s.audit) await audit({ actorId: user.id, action: unschedule ? "article.unschedule" : s.audit, entityType: "article", entityId: id, detail: { title: a.title, from: a.status, ...(step === "schedule" ? { publishAt: opts.publishAt!.toISOString() } : {}) } }, tx);
    await afterArticleWriteInTx(tx, id);
    return articleCacheKeys(tx, id);
  });
  if (wasVisible || s.to === "published") afterStatusChange(keys);
  return unschedule ? "أُلغيت الجدولة وعاد المقال مسودة." : s.label;
}

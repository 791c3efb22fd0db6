import type { Metadata } from "next";
import Link from "next/link";
import { AdminPager } from "@/components/admin/admin-pager";
import { QueueItemView } from "@/components/admin/comments/queue-item";
import { parsePage } from "@/lib/articles/urls";
import { getQueue, getQueueCounts } from "@/lib/comments/moderation";
import { DECISIONS, DECISION_LABELS, QUEUES, QUEUE_LABELS, type Decision, type Queue } from "@/lib/comments/moderation-schema";
import { ActionForm } from "./action-form.client";
import { moderateComments } from "./actions";
import { Forbidden } from "./guard";
import { pagePermissionOrNull } from "@/lib/auth/page-guard";
import { QueueShortcuts, SelectAll } from "./shortcuts.client";

export const metadata: Metadata = { title: "التعليقات" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommentQueuesPage({ searchParams }: Props) {
  const sp = await searchParams;
  const user = await pagePermissionOrNull("comment:moderate", "/admin/comments");
  if (!user) return <Forbidden />;
  const queue: Queue = (QUEUES as readonly string[]).includes(String(sp.queue)) ? (sp.queue as Queue) : "pending";
  const page = parsePage(sp.page) ?? 1;
  const [counts, data] = await Promise.all([getQueueCounts(), getQueue(queue, page)]);
  const done = typeof sp.done === "string" ? Number(sp.done) : null;
  const decision = (DECISIONS as readonly string[]).includes(String(sp.decision)) ? (sp.decision as Decision) : null;
  const error = typeof sp.error === "string" ? sp.error : null;

  return (
    <>
      <h1>التعليقات</h1>
      <nav aria-label="طوابير التعليقات">
        <ul className="moderation-tabs">
          {QUEUES.map((q) => (
            <li key={q}>
              <Link href={`/admin/comments?queue=${q}`} aria-current={q === queue ? "page" : undefined}>
                {QUEUE_LABELS[q]} <span className="count">{counts[q]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {done !== null && decision && (
        <p className="notice" role="status">
          {DECISION_LABELS[decision]}: {done} تعليق.
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <QueueShortcuts />
      {data.items.length === 0 ? (
        <p>لا توجد تعليقات في هذا الطابور.</p>
      ) : (
        <ActionForm action={moderateComments}>
          <input type="hidden" name="queue" value={queue} />
          <input type="hidden" name="page" value={page} />
          <div className="moderation-bulk" role="group" aria-label="إجراءات جماعية">
            <SelectAll />
            <label>
              السبب (اختياري) <input name="reason" maxLength={500} />
            </label>
            {DECISIONS.map((d) => (
              <button key={d} type="submit" name="op" value={d} className={d === "approve" ? undefined : "secondary"}>
                {DECISION_LABELS[d]} المحدد
              </button>
            ))}
          </div>
          {data.items.map((item) => (
            <QueueItemView key={item.id} item={item} />
          ))}
        </ActionForm>
      )}
      {data.pages > 1 && (
        <AdminPager page={page} pages={data.pages} href={(n) => `/admin/comments?queue=${queue}&page=${n}`} label="صفحات الطابور" />
      )}
    </>
  );
}

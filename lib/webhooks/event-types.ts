// The events a webhook endpoint may subscribe to, with their names in the dashboard. Pure:
// read by the zod schema, the forms and lib/webhooks/events.ts.

export const WEBHOOK_EVENTS = ["article.published", "article.updated", "article.unpublished", "article.deleted", "comment.approved", "front.changed"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "article.published": "نُشر مقال",
  "article.updated": "عُدّل مقال منشور",
  "article.unpublished": "أُلغي نشر مقال",
  "article.deleted": "أُرشف مقال منشور (حُذف من الموقع)",
  "comment.approved": "ظهر تعليق للقرّاء",
  "front.changed": "تغيّر ترتيب الصفحة الأولى",
};

export function isWebhookEvent(s: string): s is WebhookEvent {
  return (WEBHOOK_EVENTS as readonly string[]).includes(s);
}

/** The stored comma-separated list → known events, in the catalogue's order. */
export function parseEventList(s: string): WebhookEvent[] {
  const set = new Set(s.split(",").map((x) => x.trim()));
  return WEBHOOK_EVENTS.filter((e) => set.has(e));
}

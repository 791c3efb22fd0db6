import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import type { CurrentUser } from "@/lib/auth/guard";
import { HttpError, MESSAGES } from "@/lib/http/errors";
import { addressCheckMessages, checkEndpointUrl } from "./address";
import { resendNow } from "./dispatch";
import type { CreateWebhookInput, UpdateWebhookInput } from "./schema";
import { newWebhookSecret } from "./signature";

// An admin's changes to webhook endpoints, each audited in its own transaction. The URL is
// checked against private addresses here (the schema cannot ask DNS) and again before every
// send (lib/webhooks/send.ts): a refusal is the URL field's Arabic error and nothing changes.

const notFound = () => new HttpError(404, "not_found", MESSAGES.notFound);

async function checkedUrl(url: string): Promise<string> {
  const check = await checkEndpointUrl(url);
  if (!check.ok) throw new HttpError(400, "invalid", MESSAGES.invalid, { url: addressCheckMessages[check.reason] });
  return url;
}

/** A new endpoint; its secret is returned to be shown once (it stays stored: we sign with it). */
export async function createWebhook(user: CurrentUser, input: CreateWebhookInput) {
  const url = await checkedUrl(input.url);
  const secret = newWebhookSecret();
  const row = await db.$transaction(async (tx) => {
    const e = await tx.webhookEndpoint.create({ data: { name: input.name, url, secret, events: input.events.join(","), createdById: user.id }, select: { id: true } });
    await audit({ actorId: user.id, action: "webhook.create", entityType: "webhook", entityId: e.id, detail: { name: input.name, url, events: input.events } }, tx);
    return e;
  });
  return { id: row.id, secret };
}

export async function updateWebhook(user: CurrentUser, input: UpdateWebhookInput) {
  const before = await db.webhookEndpoint.findUnique({ where: { id: input.id }, select: { url: true, name: true, events: true } });
  if (!before) throw notFound();
  const url = before.url === input.url ? input.url : await checkedUrl(input.url);
  await db.$transaction(async (tx) => {
    await tx.webhookEndpoint.update({ where: { id: input.id }, data: { name: input.name, url, events: input.events.join(",") } });
    await audit(
      { actorId: user.id, action: "webhook.update", entityType: "webhook", entityId: input.id, detail: { name: input.name, url, urlFrom: before.url, events: input.events, eventsFrom: before.events.split(",").filter(Boolean) } },
      tx,
    );
  });
}

/** Paused: nothing is queued for it and what is queued waits; resuming sends what waited. */
export async function setWebhookPaused(user: CurrentUser, id: number, paused: boolean) {
  await db.$transaction(async (tx) => {
    const e = await tx.webhookEndpoint.findUnique({ where: { id }, select: { url: true, name: true, paused: true } });
    if (!e) throw notFound();
    if (e.paused === paused) return;
    await tx.webhookEndpoint.update({ where: { id }, data: { paused } });
    await audit({ actorId: user.id, action: paused ? "webhook.pause" : "webhook.resume", entityType: "webhook", entityId: id, detail: { name: e.name, url: e.url } }, tx);
  });
}

/** Deleting removes its queue and history with it (cascade); the audit log keeps the URL. */
export async function deleteWebhook(user: CurrentUser, id: number) {
  await db.$transaction(async (tx) => {
    const e = await tx.webhookEndpoint.findUnique({ where: { id }, select: { url: true, name: true } });
    if (!e) throw notFound();
    await tx.webhookEndpoint.delete({ where: { id } });
    await audit({ actorId: user.id, action: "webhook.delete", entityType: "webhook", entityId: id, detail: { name: e.name, url: e.url } }, tx);
  });
}

/** A new secret at once: deliveries from now on (retries included) are signed with it. */
export async function rotateWebhookSecret(user: CurrentUser, id: number): Promise<string> {
  const secret = newWebhookSecret();
  await db.$transaction(async (tx) => {
    const e = await tx.webhookEndpoint.findUnique({ where: { id }, select: { url: true, name: true } });
    if (!e) throw notFound();
    await tx.webhookEndpoint.update({ where: { id }, data: { secret } });
    await audit({ actorId: user.id, action: "webhook.rotate", entityType: "webhook", entityId: id, detail: { name: e.name, url: e.url } }, tx);
  });
  return secret;
}

/** «أعد الإرسال»: one attempt now; says how it went. */
export async function resendDelivery(user: CurrentUser, deliveryId: string) {
  const d = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, select: { event: true, endpointId: true, endpoint: { select: { url: true, name: true } } } });
  if (!d) throw notFound();
  await audit({ actorId: user.id, action: "webhook.resend", entityType: "webhook", entityId: d.endpointId, detail: { name: d.endpoint.name, url: d.endpoint.url, delivery: deliveryId, event: d.event } });
  const r = await resendNow(deliveryId);
  if (!r) throw new HttpError(409, "conflict", "يُرسل هذا الحدث في هذه اللحظة. انتظر قليلاً ثم أعد تحميل الصفحة.");
  return { ...r, endpointId: d.endpointId };
}

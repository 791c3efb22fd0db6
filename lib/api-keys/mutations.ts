import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import type { CurrentUser } from "@/lib/auth/guard";
import { HttpError, MESSAGES } from "@/lib/http/errors";
import { displayPrefix, hashSecret, newSecret } from "./secret";

/** A new key; its secret is returned this once and never stored. */
export async function createApiKey(user: CurrentUser, input: { name: string; origins: string[] }) {
  const secret = newSecret();
  const key = await db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { name: input.name, prefix: displayPrefix(secret), secretHash: hashSecret(secret), origins: input.origins.join("\n"), createdById: user.id },
      select: { id: true },
    });
    await audit({ actorId: user.id, action: "apikey.create", entityType: "apikey", entityId: row.id, detail: { name: input.name, origins: input.origins } }, tx);
    return row;
  });
  return { id: key.id, secret };
}

/** Revoked keys stop working at once; the row stays for the list and the audit log. */
export async function revokeApiKey(user: CurrentUser, id: number) {
  await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id }, select: { name: true, revokedAt: true } });
    if (!key) throw new HttpError(404, "not_found", MESSAGES.notFound);
    if (key.revokedAt) return;
    await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await audit({ actorId: user.id, action: "apikey.revoke", entityType: "apikey", entityId: id, detail: { name: key.name } }, tx);
  });
}

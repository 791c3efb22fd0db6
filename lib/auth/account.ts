import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit/log";
import { hashPassword } from "./password";

export async function changeOwnPassword(userId: string, password: string) {
  const passwordHash = await hashPassword(password);
  await db.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false } });
  await audit({ actorId: userId, action: "auth.password_change", entityType: "user", entityId: userId });
}

import "server-only";
import { notFound, redirect } from "next/navigation";
import { AuthError, requirePermission, type CurrentUser } from "./guard";
import type { Permission } from "./permissions";

/** Anonymous → sign-in (coming back to `next`); lacking the permission → "forbidden". */
async function check(permission: Permission, next?: string): Promise<CurrentUser | "forbidden"> {
  try {
    return await requirePermission(permission);
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    if (e.status === 401) redirect(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
    return "forbidden";
  }
}

/** For admin pages: anonymous → /login, lacking the permission → the admin 404 page. */
export async function pagePermission(permission: Permission, next?: string): Promise<CurrentUser> {
  const user = await check(permission, next);
  return user === "forbidden" ? notFound() : user;
}

/** For pages that explain a refusal themselves: lacking the permission → null. */
export async function pagePermissionOrNull(permission: Permission, next?: string): Promise<CurrentUser | null> {
  const user = await check(permission, next);
  return user === "forbidden" ? null : user;
}

export function deny(): never {
  notFound();
}

import "server-only";
import { notFound, redirect } from "next/navigation";
import { AuthError, requirePermission, type CurrentUser } from "./guard";
import type { Permission } from "./permissions";

/** For admin pages: anonymous → /login, lacking the permission → the admin 404 page. */
export async function pagePermission(permission: Permission): Promise<CurrentUser> {
  try {
    return await requirePermission(permission);
  } catch (e) {
    if (e instanceof AuthError) return e.status === 401 ? redirect("/login") : notFound();
    throw e;
  }
}

export function deny(): never {
  notFound();
}

import crypto from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { serverEnv } from "./env";

/**
 * Rows inserted straight into the database bypass the app's own cache expiry. Tests that
 * do so then expire the pages involved the way the app does after a publish: through the
 * internal revalidation route, with the token the server derives from its AUTH_SECRET.
 */
export async function expireArticlePages(
  request: APIRequestContext,
  keys: { id: number; sectionSlugs?: string[]; authorSlugs?: string[]; tagSlugs?: string[]; supplementSlugs?: string[] },
) {
  const token = crypto.createHmac("sha256", serverEnv().AUTH_SECRET!).update("midad:internal-revalidate").digest("base64url");
  const res = await request.post("/api/internal/revalidate", {
    headers: { "x-midad-internal": token, "content-type": "application/json" },
    data: { sectionSlugs: [], authorSlugs: [], tagSlugs: [], supplementSlugs: [], ...keys },
  });
  if (!res.ok()) throw new Error(`cache expiry refused: ${res.status()}`);
}

/** After front-page arrangements changed straight in the database: the home page as the scheduler expires it. */
export async function expireFrontPage(request: APIRequestContext) {
  const token = crypto.createHmac("sha256", serverEnv().AUTH_SECRET!).update("midad:internal-revalidate").digest("base64url");
  const res = await request.post("/api/internal/revalidate", { headers: { "x-midad-internal": token, "content-type": "application/json" }, data: { front: true } });
  if (!res.ok()) throw new Error(`cache expiry refused: ${res.status()}`);
}

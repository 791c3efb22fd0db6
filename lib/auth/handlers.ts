import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { refuseCrossSite } from "./origin-guard";

export const { GET } = handlers;

/** Auth.js's own POST endpoints (sign-in callback, sign-out) accept only same-origin posts. */
export async function POST(req: NextRequest) {
  return refuseCrossSite(req) ?? handlers.POST(req);
}

import "server-only";
import { derivedSecret } from "@/lib/auth/secret";

export const INTERNAL_HEADER = "x-midad-internal";
/** Proves a call to /api/internal/* comes from this app (derived from AUTH_SECRET). */
export const internalToken = () => derivedSecret("internal-revalidate");
/** Where this process reaches its own server (the scheduler and cache repeats call it). */
export const internalBaseUrl = () => process.env.INTERNAL_URL ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`;

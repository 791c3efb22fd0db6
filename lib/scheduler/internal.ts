import "server-only";
import { derivedSecret } from "@/lib/auth/secret";

export const INTERNAL_HEADER = "x-midad-internal";
/** Proves a call to /api/internal/* comes from this app (derived from AUTH_SECRET). */
export const internalToken = () => derivedSecret("internal-revalidate");

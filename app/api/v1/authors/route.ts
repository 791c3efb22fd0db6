import { preflight } from "@/lib/content-api/http";
import { authors } from "@/lib/content-api/resources";

export const dynamic = "force-dynamic";

// Content API (issue 16): see lib/content-api/resources.ts and /api/v1/openapi.json.
export const GET = authors;
export const OPTIONS = preflight;

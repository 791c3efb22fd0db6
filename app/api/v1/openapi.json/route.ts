import { env } from "@/lib/env";
import { preflight } from "@/lib/content-api/http";
import { openApiDocument } from "@/lib/content-api/openapi";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 document of /api/v1 (decision 178): open, it describes and holds no content. */
export function GET() {
  return Response.json(openApiDocument(env.SITE_URL), { headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" } });
}
export const OPTIONS = preflight;

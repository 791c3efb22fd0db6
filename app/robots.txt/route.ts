import { env } from "@/lib/env";

// A route handler rather than app/robots.ts so SITE_URL is read at run time, not build time.
export const dynamic = "force-dynamic";

export function GET() {
  const abs = (p: string) => new URL(p, env.SITE_URL).toString();
  const body = ["User-agent: *", "Allow: /", "Disallow: /admin", "Disallow: /api/", "", `Sitemap: ${abs("/sitemap.xml")}`, `Sitemap: ${abs("/news-sitemap.xml")}`, ""].join("\n");
  return new Response(body, { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=3600" } });
}

import { notFound, permanentRedirect } from "next/navigation";
import { parseWordPressPath } from "@/lib/import/wordpress/legacy-urls";
import { wordPressDestination } from "@/lib/import/wordpress/redirects";

// The proxy rewrites old WordPress addresses here (issue 14): a permanent redirect to where
// the imported item lives now, or the site's own "not found" page.
export const dynamic = "force-dynamic";

export default async function WordPressRedirect({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const from = (await searchParams).from;
  if (typeof from !== "string" || !from.startsWith("/")) notFound();
  const q = from.indexOf("?");
  const target = parseWordPressPath(q === -1 ? from : from.slice(0, q), q === -1 ? "" : from.slice(q));
  const to = target ? await wordPressDestination(target) : null;
  if (!to) notFound();
  permanentRedirect(to);
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeView } from "@/components/site/home-view";
import { getHomeData } from "@/lib/articles/home";
import { getMostRead } from "@/lib/articles/most-read";
import { getLatest } from "@/lib/articles/queries";
import { getSiteSettings } from "@/lib/settings/queries";
import { JsonLd } from "@/components/site/json-ld";
import { env } from "@/lib/env";
import { alternatesWithFeeds, LOGO } from "@/lib/seo/site";
import { websiteLd } from "@/lib/seo/structured-data";

// The home page ("/" is rewritten here in next.config.ts). A dynamic segment lets it be
// incrementally static like every other reader page without being prerendered into the
// build with whatever the build machine's database held (docs/decisions/004-caching.md).
// Time-based revalidation bounds the breaking strip's 24-hour window and "most read".

export const revalidate = 300;
export const generateStaticParams = async () => [];
const HOME_EDITION = "ar";

export async function generateMetadata(): Promise<Metadata> {
  const s = await getSiteSettings();
  // The tagline set in /admin/settings; without one the title is the name alone.
  return { title: { absolute: s.siteDescription ? `${s.siteName} | ${s.siteDescription}` : s.siteName }, description: s.siteDescription || undefined, alternates: alternatesWithFeeds(s.siteName, "/") };
}

export default async function HomePage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== HOME_EDITION) notFound();
  const [home, latest, mostRead, settings] = await Promise.all([getHomeData(), getLatest(6), getMostRead(5), getSiteSettings()]);
  return (
    <>
      <JsonLd data={websiteLd({ name: settings.siteName, description: settings.siteDescription, url: env.SITE_URL, logo: LOGO })} />
      <HomeView home={home} latest={latest} mostRead={mostRead} siteName={settings.siteName} />
    </>
  );
}

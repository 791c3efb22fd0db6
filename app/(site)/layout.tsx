import type { Metadata } from "next";
import { SiteChrome } from "@/components/site/site-chrome";
import { alternatesWithFeeds } from "@/lib/seo/site";
import { getSiteSettings } from "@/lib/settings/queries";

// Titles read "<title> | <site name>" with the name editors set in the settings.
export async function generateMetadata(): Promise<Metadata> {
  const s = await getSiteSettings();
  return {
    // `absolute`: the root layout's template must not wrap this default ("المدى | المدى").
    title: { template: `%s | ${s.siteName}`, absolute: s.siteName },
    description: s.siteDescription,
    applicationName: s.siteName,
    alternates: alternatesWithFeeds(s.siteName, undefined),
    openGraph: { siteName: s.siteName, locale: "ar_IQ", type: "website" },
    icons: { icon: "/logo.svg", apple: "/logo.png" },
  };
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}

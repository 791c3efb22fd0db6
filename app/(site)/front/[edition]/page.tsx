import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/site/article-card";
import { SideList } from "@/components/site/side-list";
import { getHomeData } from "@/lib/articles/home";
import { getMostRead } from "@/lib/articles/most-read";
import { getLatest } from "@/lib/articles/queries";
import { articlePath, sectionPath } from "@/lib/articles/urls";
import { getSiteSettings } from "@/lib/settings/queries";
import { JsonLd } from "@/components/site/json-ld";
import { env } from "@/lib/env";
import { alternatesWithFeeds, LOGO } from "@/lib/seo/site";
import { websiteLd } from "@/lib/seo/structured-data";

// The home page ("/" is rewritten here in next.config.ts). A dynamic segment lets it be
// incrementally static like every other reader page without being prerendered into the
// build with whatever the build machine's database held (docs/decisions/004-caching.md).
// Time-based revalidation bounds the breaking strip's 24-hour window and "most read".
/** The bar's badge already says «عاجل»: a headline that starts with it does not repeat it. */
const withoutBreakingPrefix = (title: string) => title.replace(/^\s*عاجل\s*[:：\-–|]\s*/u, "") || title;

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
      <h1 className="visually-hidden">{settings.siteName}: الصفحة الرئيسية</h1>
      {home.breaking.length > 0 && (
        <section className="breaking" aria-label="عاجل" style={{ marginInline: "-1rem", marginBlockStart: "-1.25rem", marginBlockEnd: "1rem" }}>
          <div className="container">
            <strong>عاجل</strong>
            {home.breaking.map((b) => (
              <Link key={b.id} href={articlePath(b)}>
                {withoutBreakingPrefix(b.title)}
              </Link>
            ))}
          </div>
        </section>
      )}
      {/* The lead with the top stories under it; beside them what is happening now and what
          readers read most (stacked after them on phones). */}
      <div className="home-top">
        <div className="home-main">
          {home.lead && <ArticleCard card={home.lead} variant="lead" headingLevel={2} showSection showExcerpt priority />}
          {home.top.length > 0 && (
            <section className="top-stories" aria-label="أبرز الأخبار">
              {home.top.map((c) => (
                <ArticleCard key={c.id} card={c} variant="picture" showSection sizes="(min-width: 60rem) 16rem, (min-width: 40rem) 33vw, 7rem" />
              ))}
            </section>
          )}
        </div>
        <div className="home-side">
          <SideList id="latest-title" title="يحدث الآن" items={latest} />
          <SideList id="most-read-title" title="الأكثر قراءة" items={mostRead} ranked />
        </div>
      </div>
      <div className="section-blocks">
        {home.blocks.map((b) => (
          <section key={b.section.slug} aria-labelledby={`block-${b.section.slug}`}>
            <h2 className="block-title" id={`block-${b.section.slug}`}>
              <Link href={sectionPath(b.section.slug)}>{b.section.name}</Link>
              <Link className="more" href={sectionPath(b.section.slug)}>
                المزيد
              </Link>
            </h2>
            {b.items.map((c, i) => (
              <ArticleCard key={c.id} card={c} variant={i === 0 ? "picture" : "text"} />
            ))}
          </section>
        ))}
      </div>
    </>
  );
}

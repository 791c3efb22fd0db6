import Link from "next/link";
import type { SectionLink } from "@/lib/sections/queries";
import { sectionPath, supplementPath } from "@/lib/articles/urls";
import { SocialLinks } from "./social-links";

export function SiteFooter({ siteName, sections, supplements }: { siteName: string; sections: SectionLink[]; supplements: { slug: string; name: string }[] }) {
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <nav aria-label="أقسام الموقع">
          <ul className="footer-sections">
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={sectionPath(s.slug)}>{s.name}</Link>
              </li>
            ))}
            {supplements.map((s) => (
              <li key={s.slug}>
                <Link href={supplementPath(s.slug)}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          <SocialLinks />
          <p>
            © {siteName}. جميع الحقوق محفوظة. <a href="#top">إلى الأعلى</a>
          </p>
        </div>
      </div>
    </footer>
  );
}

import Link from "next/link";
import type { SectionLink } from "@/lib/sections/queries";
import { sectionPath, supplementPath } from "@/lib/articles/urls";
import type { SocialKey } from "@/lib/settings/social";
import { SocialLinks } from "./social-links";

type Props = { siteName: string; sections: SectionLink[]; supplements: { slug: string; name: string }[]; accounts: Partial<Record<SocialKey, string>> };

export function SiteFooter({ siteName, sections, supplements, accounts }: Props) {
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
          <SocialLinks accounts={accounts} />
          <p>
            <Link href="/contact">اتصل بنا</Link> · <Link href="/corrections">التصحيحات</Link>
          </p>
          <p>
            © {siteName}. جميع الحقوق محفوظة. <a href="#top">إلى الأعلى</a>
          </p>
        </div>
      </div>
    </footer>
  );
}

import type { Metadata } from "next";
import { SocialLinks } from "@/components/site/social-links";
import { getSiteSettings } from "@/lib/settings/queries";
import { telHref } from "@/lib/settings/contact";

// «اتصل بنا»: the contact details set in /admin/settings. Cached like every reader page and
// expired with the settings (tag "settings").

export const revalidate = 86400;

export async function generateMetadata(): Promise<Metadata> {
  const s = await getSiteSettings();
  return { title: "اتصل بنا", description: `وسائل التواصل مع ${s.siteName}: البريد والهاتف والعنوان.`, alternates: { canonical: "/contact" } };
}

export default async function ContactPage() {
  const s = await getSiteSettings();
  const any = s.contactEmail || s.contactPhone || s.contactAddress;
  return (
    <article className="contact-page">
      <h1 className="page-title">اتصل بنا</h1>
      {any ? (
        <dl className="contact-details">
          {s.contactEmail && (
            <>
              <dt>البريد الإلكتروني</dt>
              <dd>
                <a href={`mailto:${s.contactEmail}`} dir="ltr">
                  {s.contactEmail}
                </a>
              </dd>
            </>
          )}
          {s.contactPhone && (
            <>
              <dt>الهاتف</dt>
              <dd>
                <a href={telHref(s.contactPhone)} dir="ltr">
                  {s.contactPhone}
                </a>
              </dd>
            </>
          )}
          {s.contactAddress && (
            <>
              <dt>العنوان</dt>
              <dd className="contact-address">{s.contactAddress}</dd>
            </>
          )}
        </dl>
      ) : (
        <p>لم تُنشر وسائل التواصل بعد. يمكنك مراسلتنا عبر حساباتنا أدناه.</p>
      )}
      <h2>تابعونا</h2>
      <SocialLinks accounts={s} />
    </article>
  );
}

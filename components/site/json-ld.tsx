import { jsonLdString } from "@/lib/seo/structured-data";

/** Structured data; jsonLdString escapes "<" so reader-visible text cannot break out. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdString(data) }} />;
}

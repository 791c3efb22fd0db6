import { SEO_DESCRIPTION_HINT, SEO_TITLE_HINT } from "@/lib/articles/schema";

// How the piece will look where most readers first meet it: a search result and a shared card.
// Search engines cut titles near 60 characters and descriptions near 160; the preview cuts at
// the same places so the writer sees what survives.

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

export function lengthAdvice(length: number, hint: number, min: number): { text: string; tone: "ok" | "warn" } {
  if (length === 0) return { text: "فارغ: يُستعمل العنوان أو المقتطف بدلاً منه.", tone: "ok" };
  if (length > hint) return { text: `${length} / ${hint}: أطول من المقترح، سيُقطع في نتائج البحث.`, tone: "warn" };
  if (length < min) return { text: `${length} / ${hint}: قصير، أضف ما يعرّف بالخبر.`, tone: "warn" };
  return { text: `${length} / ${hint}: طول مناسب.`, tone: "ok" };
}
export const titleAdvice = (n: number) => lengthAdvice(n, SEO_TITLE_HINT, 25);
export const descriptionAdvice = (n: number) => lengthAdvice(n, SEO_DESCRIPTION_HINT, 70);

export function SeoPreview({ title, description, host, path, imageUrl }: { title: string; description: string; host: string; path: string; imageUrl: string | null }) {
  const t = title.trim() || "عنوان المقال";
  const d = description.trim() || "يظهر هنا وصف المقال أو مقتطفه.";
  return (
    <section className="seo-preview" aria-label="معاينة الظهور في البحث والمشاركة" data-testid="seo-preview">
      <h3>في نتائج البحث</h3>
      <div className="serp" dir="rtl">
        <span className="serp-url" dir="ltr">
          {host}
          {path}
        </span>
        <span className="serp-title">{cut(t, SEO_TITLE_HINT)}</span>
        <span className="serp-desc">{cut(d, SEO_DESCRIPTION_HINT)}</span>
      </div>
      <h3>عند المشاركة</h3>
      <div className="share-card">
        {imageUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- a preview of the piece's own uploaded image
          <img src={imageUrl} alt="" />
        ) : (
          <span className="share-noimage">بلا صورة</span>
        )}
        <span className="share-host" dir="ltr">
          {host}
        </span>
        <span className="share-title">{cut(t, 90)}</span>
        <span className="share-desc">{cut(d, 110)}</span>
      </div>
    </section>
  );
}

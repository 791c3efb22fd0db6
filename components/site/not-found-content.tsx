import Link from "next/link";

export function NotFoundContent() {
  return (
    <section className="not-found" aria-labelledby="nf-title">
      <p className="code">404</p>
      <h1 id="nf-title">الصفحة غير موجودة</h1>
      <p>ربما نُقلت الصفحة أو حُذفت، أو أن الرابط غير صحيح.</p>
      <p>
        <Link href="/">العودة إلى الصفحة الرئيسية</Link> أو <Link href="/search">ابحث في الموقع</Link>
      </p>
    </section>
  );
}

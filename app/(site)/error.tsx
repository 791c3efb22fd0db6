"use client";

// Replaces the route's layout too, so it brings its own main landmark (the skip link's target).
export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" tabIndex={-1} className="container">
      <section className="not-found" role="alert">
        <h1>حدث خطأ غير متوقع</h1>
        <p>نعتذر، تعذّر عرض هذه الصفحة الآن. حاول مرة أخرى بعد قليل.</p>
        <button className="btn" type="button" onClick={reset}>
          أعد المحاولة
        </button>
      </section>
    </main>
  );
}

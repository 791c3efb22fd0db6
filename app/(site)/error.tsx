"use client";

export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  return (
    <section className="not-found" role="alert">
      <h1>حدث خطأ غير متوقع</h1>
      <p>نعتذر، تعذّر عرض هذه الصفحة الآن. حاول مرة أخرى بعد قليل.</p>
      <button className="btn" type="button" onClick={reset}>
        أعد المحاولة
      </button>
    </section>
  );
}

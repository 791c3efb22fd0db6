"use client";

import { useState } from "react";

// Works without JavaScript (a plain POST to /api/login/code); with it, errors show in place.
export function CodeForm({ next, initialError }: { next: string; initialError: string | null }) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    try {
      const res = await fetch("/api/login/code", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: form.get("code"), next }),
      });
      const body = (await res.json().catch(() => null)) as { ok?: boolean; code?: string; next?: string; message?: string } | null;
      if (res.ok && body?.ok) {
        window.location.assign(body.next ?? "/admin");
        return;
      }
      if (body?.code === "expired") {
        window.location.assign(`/login?error=expired&next=${encodeURIComponent(next)}`);
        return;
      }
      setError(body?.message ?? "تعذر التحقق من الرمز. حاول مجدداً.");
    } catch {
      setError("تعذر الاتصال بالخادم. حاول مجدداً.");
    }
    setPending(false);
  }

  return (
    <form method="post" action="/api/login/code" onSubmit={onSubmit} noValidate>
      <input type="hidden" name="next" value={next} />
      {error && (
        <p className="auth-error" role="alert">
          {error}
        </p>
      )}
      <label>
        الرمز
        <input name="code" type="text" inputMode="text" autoComplete="one-time-code" autoCapitalize="off" spellCheck={false} required dir="ltr" maxLength={20} autoFocus />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? "جارٍ التحقق…" : "تحقق"}
      </button>
    </form>
  );
}

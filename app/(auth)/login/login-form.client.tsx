"use client";

import { useState } from "react";

// Works without JavaScript (a plain POST to /api/login); with it, errors show in place.
export function LoginForm({ next, initialError }: { next: string; initialError: string | null }) {
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(e.currentTarget);
    try {
      const res = await fetch("/api/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password"), next }),
      });
      const body = (await res.json().catch(() => null)) as { ok?: boolean; code?: string; next?: string; message?: string } | null;
      // Right password, two-factor account: on to the code step (decision 132).
      if ((res.ok && body?.ok) || body?.code === "second_factor") {
        window.location.assign(body.next ?? "/admin");
        return;
      }
      setError(body?.message ?? "تعذر تسجيل الدخول. حاول مجدداً.");
    } catch {
      setError("تعذر الاتصال بالخادم. حاول مجدداً.");
    }
    setPending(false);
  }

  return (
    <form method="post" action="/api/login" onSubmit={onSubmit} noValidate>
      <input type="hidden" name="next" value={next} />
      {error && (
        <p className="auth-error" role="alert">
          {error}
        </p>
      )}
      <label>
        البريد الإلكتروني
        <input name="email" type="email" autoComplete="username" required dir="ltr" />
      </label>
      <label>
        كلمة المرور
        <input name="password" type="password" autoComplete="current-password" required dir="ltr" />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? "جارٍ الدخول…" : "دخول"}
      </button>
    </form>
  );
}

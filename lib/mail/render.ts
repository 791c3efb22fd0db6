// One layout for every message (decision 130): Arabic, right to left, an HTML part and a
// plain-text part with the same words, the site's name, and a link as a button and as text.

export type MailContent = {
  /** The site's name, in the header and the signature. */
  siteName: string;
  subject: string;
  greeting?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print under the button (why you got this, when the link ends). */
  footer?: string[];
};

export type RenderedMail = { subject: string; text: string; html: string };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function renderMail(m: MailContent): RenderedMail {
  const text = [
    m.greeting,
    ...m.paragraphs,
    m.action ? `${m.action.label}:\n${m.action.url}` : undefined,
    ...(m.footer ?? []),
    `— ${m.siteName}`,
  ]
    .filter((x): x is string => Boolean(x))
    .join("\n\n");
  const p = (s: string, style = "margin:0 0 16px") => `<p style="${style}">${escapeHtml(s)}</p>`;
  const button = m.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(m.action.url)}" style="background:#a4161a;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(m.action.label)}</a></p>` +
      p(`أو انسخ هذا الرابط إلى المتصفح:`, "margin:0 0 4px;color:#555;font-size:14px") +
      `<p dir="ltr" style="margin:0 0 16px;font-size:13px;word-break:break-all;text-align:left"><a href="${escapeHtml(m.action.url)}">${escapeHtml(m.action.url)}</a></p>`
    : "";
  const html = `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(m.subject)}</title></head>
<body dir="rtl" style="margin:0;padding:0;background:#f4f1ec">
<div dir="rtl" style="max-width:560px;margin:0 auto;padding:24px;font-family:'Noto Naskh Arabic',Tahoma,Arial,sans-serif;font-size:16px;line-height:1.7;color:#222;text-align:right">
<h1 style="font-size:20px;margin:0 0 16px;color:#a4161a">${escapeHtml(m.siteName)}</h1>
<div style="background:#ffffff;border:1px solid #ddd6cc;border-radius:8px;padding:24px">
${m.greeting ? p(m.greeting) : ""}${m.paragraphs.map((x) => p(x)).join("\n")}
${button}
${(m.footer ?? []).map((x) => p(x, "margin:0 0 8px;color:#666;font-size:13px")).join("\n")}
</div>
</div>
</body>
</html>`;
  return { subject: m.subject, text, html };
}

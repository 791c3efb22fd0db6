/** Share links that work without JavaScript (plain URLs of each service). */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { label: "فيسبوك", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: "إكس", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { label: "واتساب", href: `https://wa.me/?text=${t}%20${u}` },
    { label: "تيليغرام", href: `https://t.me/share/url?url=${u}&text=${t}` },
    { label: "لينكدإن", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: "البريد", href: `mailto:?subject=${t}&body=${u}` },
  ];
  return (
    <div className="share" aria-label="شارك المقال">
      <span>شارك:</span>
      {links.map((l) => (
        <a key={l.label} href={l.href} rel="noopener noreferrer nofollow" target="_blank">
          {l.label}
        </a>
      ))}
    </div>
  );
}

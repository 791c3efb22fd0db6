// The paper's social accounts, as on the seed page; RSS points at the site feed.
const SOCIAL = [
  { key: "linkedin", label: "لينكدإن", href: "https://www.linkedin.com/" },
  { key: "facebook", label: "فيسبوك", href: "https://www.facebook.com/" },
  { key: "pinterest", label: "بنترست", href: "https://www.pinterest.com/" },
  { key: "youtube", label: "يوتيوب", href: "https://www.youtube.com/" },
  { key: "rss", label: "آر إس إس", href: "/feed.xml" },
  { key: "twitter", label: "إكس (تويتر)", href: "https://x.com/" },
  { key: "instagram", label: "إنستغرام", href: "https://www.instagram.com/" },
] as const;

export function SocialLinks() {
  return (
    <ul className="social" aria-label="تابعونا">
      {SOCIAL.map((s) => (
        <li key={s.key}>
          <a href={s.href} rel={s.key === "rss" ? "alternate" : "noopener"} type={s.key === "rss" ? "application/rss+xml" : undefined} data-social={s.key}>
            {s.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

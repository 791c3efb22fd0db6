import { SOCIAL_NETWORKS, type SocialKey } from "@/lib/settings/social";

// The paper's own accounts as set in /admin/settings (only those set: never a network's home
// page), then the site's feed. Each is an icon drawn here (no icon font, no request) whose
// link carries the Arabic name; the drawings are simple marks, not the networks' logos.

const stroke = { fill: "none", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "round", strokeLinejoin: "round" } as const;

const ICONS: Record<SocialKey | "rss", React.ReactNode> = {
  socialFacebook: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="4" {...stroke} />
      <path d="M15.5 8h-1.5a2 2 0 0 0-2 2v11M9.5 13h5.5" {...stroke} />
    </>
  ),
  socialX: <path d="M5 4l14 16M19 4L5 20" {...stroke} />,
  socialInstagram: (
    <>
      <rect x="3" y="3" width="18" height="18" rx="5" {...stroke} />
      <circle cx="12" cy="12" r="4" {...stroke} />
      <circle cx="17.3" cy="6.7" r="1" fill="currentColor" />
    </>
  ),
  socialYoutube: (
    <>
      <rect x="2.5" y="5.5" width="19" height="13" rx="4" {...stroke} />
      <path d="M10 9.2v5.6l4.8-2.8z" fill="currentColor" />
    </>
  ),
  socialTelegram: <path d="M21 4L3 11l6 2.5M21 4l-3 16-6.5-5M21 4L9 13.5v5.5l2.5-4" {...stroke} />,
  socialWhatsapp: (
    <>
      <path d="M4 20l1.3-4A8.5 8.5 0 1 1 8.5 19z" {...stroke} />
      <path d="M9 9.5c.5 2.5 2.5 4.5 5 5" {...stroke} />
    </>
  ),
  rss: (
    <>
      <circle cx="6" cy="18" r="1.6" fill="currentColor" />
      <path d="M4.5 11a8.5 8.5 0 0 1 8.5 8.5M4.5 4.5a15 15 0 0 1 15 15" {...stroke} />
    </>
  ),
};

function Icon({ name }: { name: SocialKey | "rss" }) {
  return (
    <svg className="social-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {ICONS[name]}
    </svg>
  );
}

export function SocialLinks({ accounts }: { accounts: Partial<Record<SocialKey, string>> }) {
  const set = SOCIAL_NETWORKS.filter((n) => accounts[n.key]);
  return (
    <ul className="social" aria-label="تابعونا">
      {set.map((n) => (
        <li key={n.key}>
          <a href={accounts[n.key]} rel="me noopener" aria-label={n.link} data-social={n.key}>
            <Icon name={n.key} />
          </a>
        </li>
      ))}
      <li>
        <a href="/feed.xml" rel="alternate" type="application/rss+xml" aria-label="خلاصة آر إس إس لآخر الأخبار" data-social="rss">
          <Icon name="rss" />
        </a>
      </li>
    </ul>
  );
}

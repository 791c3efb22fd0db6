// The paper's accounts on social networks (issue 12, 9): one setting per network, each an
// address on that network's own hosts that names an account, a page or a channel — never the
// network's home page. Pure: read by the settings schema, the form and the site footer.

export const SOCIAL_NETWORKS = [
  {
    key: "socialFacebook",
    name: "فيسبوك",
    field: "صفحة فيسبوك",
    link: "صفحتنا على فيسبوك",
    hosts: ["facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com", "fb.com"],
    example: "https://www.facebook.com/almadapaper",
  },
  {
    key: "socialX",
    name: "إكس",
    field: "حساب إكس",
    link: "حسابنا على إكس",
    hosts: ["x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com"],
    example: "https://x.com/almadapaper",
  },
  {
    key: "socialInstagram",
    name: "إنستغرام",
    field: "حساب إنستغرام",
    link: "حسابنا على إنستغرام",
    hosts: ["instagram.com", "www.instagram.com"],
    example: "https://www.instagram.com/almadapaper",
  },
  {
    key: "socialYoutube",
    name: "يوتيوب",
    field: "قناة يوتيوب",
    link: "قناتنا على يوتيوب",
    hosts: ["youtube.com", "www.youtube.com", "m.youtube.com"],
    example: "https://www.youtube.com/@almadapaper",
  },
  {
    key: "socialTelegram",
    name: "تيليغرام",
    field: "قناة تيليغرام",
    link: "قناتنا على تيليغرام",
    hosts: ["t.me", "telegram.me"],
    example: "https://t.me/almadapaper",
  },
  {
    key: "socialWhatsapp",
    name: "واتساب",
    field: "قناة واتساب",
    link: "قناتنا على واتساب",
    hosts: ["whatsapp.com", "www.whatsapp.com"],
    example: "https://whatsapp.com/channel/0029Va…",
  },
] as const;

export type SocialKey = (typeof SOCIAL_NETWORKS)[number]["key"];
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

/** Path rules beyond "not empty": a WhatsApp channel lives under /channel/<id>; YouTube names a channel. */
function pathNamesAccount(key: SocialKey, path: string): boolean {
  const parts = path.split("/").filter(Boolean);
  if (parts.length === 0) return false;
  const first = parts[0]!.toLowerCase();
  switch (key) {
    case "socialWhatsapp":
      return first === "channel" && parts.length >= 2;
    case "socialYoutube":
      return first.startsWith("@") ? first.length > 1 : ["channel", "c", "user"].includes(first) && parts.length >= 2;
    case "socialFacebook":
      return !["home.php", "login", "login.php", "watch", "groups", "marketplace"].includes(first) || (first === "groups" && parts.length >= 2);
    case "socialX":
      return !["home", "login", "explore", "i", "search", "settings"].includes(first);
    case "socialInstagram":
      return !["accounts", "explore", "p", "reel", "reels", "stories"].includes(first);
    case "socialTelegram":
      return !["s", "share", "login"].includes(first) || parts.length >= 2;
  }
}

/**
 * The account's address as stored: "https://" added when typed without a scheme; null when it
 * is not an address of this account on this network.
 */
export function normalizeSocialUrl(key: SocialKey, input: string): string | null {
  const network = SOCIAL_NETWORKS.find((n) => n.key === key);
  if (!network) return null;
  const raw = input.trim();
  if (!raw || /\s/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  if (!(network.hosts as readonly string[]).includes(host)) return null;
  if (!pathNamesAccount(key, url.pathname)) return null;
  url.protocol = "https:";
  url.hash = "";
  return url.toString().replace(/\/$/, "");
}

export function socialError(network: SocialNetwork): string {
  return `رابط ${network.name} غير صالح: الصق رابط حساب الجريدة نفسه، مثل ${network.example}`;
}

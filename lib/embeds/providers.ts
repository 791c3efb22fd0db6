// The embed providers Midad accepts (issue 15, decision 190) and, for each, a strict parser of
// the URL shapes an editor pastes. Anything else is not an embed: the parser answers null and
// the URL stays an ordinary link. A parser never follows a redirect or asks the network: a
// shortened link it cannot read without a request (maps.app.goo.gl, vm.tiktok.com) is refused.
//
// Each accepted URL comes back in one canonical form (what the body stores in data-url) with
// the address of the provider's player frame (what the reader's page loads after a click).
// The frames' origins are the only ones the reader pages' CSP allows in frame-src
// (scripts/security-headers.mjs; embeds.test.ts checks the two lists agree).

export const PROVIDERS = ["youtube", "vimeo", "x", "facebook", "instagram", "tiktok", "soundcloud", "googlemaps"] as const;
export type Provider = (typeof PROVIDERS)[number];

export type Embed = {
  provider: Provider;
  /** The canonical address of the content (a link readers can follow without JavaScript). */
  url: string;
  /** The provider's player, loaded in an iframe only after the reader asks for it. */
  frameSrc: string;
};

/** Names readers see, and what the button says: «شغّل» for players, «اعرض المحتوى» for posts and maps. */
export const PROVIDER_INFO: Record<Provider, { name: string; action: "play" | "show" }> = {
  youtube: { name: "يوتيوب", action: "play" },
  vimeo: { name: "فيميو", action: "play" },
  x: { name: "إكس (تويتر)", action: "show" },
  facebook: { name: "فيسبوك", action: "show" },
  instagram: { name: "إنستغرام", action: "show" },
  tiktok: { name: "تيك توك", action: "play" },
  soundcloud: { name: "ساوند كلاود", action: "play" },
  googlemaps: { name: "خرائط غوغل", action: "show" },
};

const MAX_URL = 2048;

/** The URL if it is a plain https (or http) address with no credentials, port or odd characters. */
function strictUrl(raw: string): URL | null {
  const s = raw.trim();
  if (!s || s.length > MAX_URL || /[\s<>"'`\\\u0000-\u001f\u007f]/.test(s)) return null;
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return null;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return null;
  if (u.username || u.password || u.port) return null;
  return u;
}

const host = (u: URL, ...allowed: string[]) => allowed.includes(u.hostname.toLowerCase());
const seg = (u: URL) => u.pathname.split("/").filter(Boolean);

const YT_ID = /^[A-Za-z0-9_-]{11}$/;
function youtube(u: URL): Embed | null {
  let id: string | null = null;
  if (host(u, "youtu.be")) {
    const s = seg(u);
    id = s.length === 1 ? s[0]! : null;
  } else if (host(u, "www.youtube.com", "youtube.com", "m.youtube.com")) {
    const s = seg(u);
    if (s.length === 1 && s[0] === "watch") id = u.searchParams.get("v");
    else if (s.length === 2 && ["shorts", "embed", "live"].includes(s[0]!)) id = s[1]!;
  }
  if (!id || !YT_ID.test(id)) return null;
  return { provider: "youtube", url: `https://www.youtube.com/watch?v=${id}`, frameSrc: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` };
}

function vimeo(u: URL): Embed | null {
  const s = seg(u);
  let id: string | undefined;
  if (host(u, "vimeo.com", "www.vimeo.com") && s.length === 1) id = s[0];
  else if (host(u, "player.vimeo.com") && s.length === 2 && s[0] === "video") id = s[1];
  if (!id || !/^\d{1,12}$/.test(id)) return null;
  return { provider: "vimeo", url: `https://vimeo.com/${id}`, frameSrc: `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1` };
}

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
function x(u: URL): Embed | null {
  if (!host(u, "x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com", "mobile.x.com")) return null;
  const s = seg(u);
  if (s.length !== 3 || !HANDLE.test(s[0]!) || s[1] !== "status" || !/^\d{1,20}$/.test(s[2]!)) return null;
  return { provider: "x", url: `https://x.com/${s[0]}/status/${s[2]}`, frameSrc: `https://platform.twitter.com/embed/Tweet.html?id=${s[2]}&dnt=true` };
}

const FB_NAME = /^[A-Za-z0-9.\-]{1,80}$/;
function facebook(u: URL): Embed | null {
  if (!host(u, "www.facebook.com", "facebook.com", "m.facebook.com", "web.facebook.com")) return null;
  const s = seg(u);
  let canonical: string | null = null;
  let video = false;
  if (s.length === 3 && FB_NAME.test(s[0]!) && ["posts", "videos"].includes(s[1]!) && /^(\d{1,25}|pfbid[A-Za-z0-9]{10,80})$/.test(s[2]!)) {
    canonical = `https://www.facebook.com/${s[0]}/${s[1]}/${s[2]}`;
    video = s[1] === "videos";
  } else if (s.length === 2 && s[0] === "reel" && /^\d{1,25}$/.test(s[1]!)) {
    canonical = `https://www.facebook.com/reel/${s[1]}`;
    video = true;
  } else if (s.length === 1 && s[0] === "watch" && /^\d{1,25}$/.test(u.searchParams.get("v") ?? "")) {
    canonical = `https://www.facebook.com/watch/?v=${u.searchParams.get("v")}`;
    video = true;
  }
  if (!canonical) return null;
  const plugin = video ? "video.php" : "post.php";
  return { provider: "facebook", url: canonical, frameSrc: `https://www.facebook.com/plugins/${plugin}?href=${encodeURIComponent(canonical)}&show_text=true` };
}

function instagram(u: URL): Embed | null {
  if (!host(u, "www.instagram.com", "instagram.com")) return null;
  const s = seg(u);
  if (s.length !== 2 || !["p", "reel", "tv"].includes(s[0]!) || !/^[A-Za-z0-9_-]{5,40}$/.test(s[1]!)) return null;
  const kind = s[0] === "tv" ? "p" : s[0];
  return { provider: "instagram", url: `https://www.instagram.com/${kind}/${s[1]}/`, frameSrc: `https://www.instagram.com/${kind}/${s[1]}/embed/` };
}

function tiktok(u: URL): Embed | null {
  if (!host(u, "www.tiktok.com", "tiktok.com", "m.tiktok.com")) return null;
  const s = seg(u);
  if (s.length !== 3 || !/^@[A-Za-z0-9_.]{1,24}$/.test(s[0]!) || s[1] !== "video" || !/^\d{10,25}$/.test(s[2]!)) return null;
  return { provider: "tiktok", url: `https://www.tiktok.com/${s[0]}/video/${s[2]}`, frameSrc: `https://www.tiktok.com/embed/v2/${s[2]}` };
}

const SC_NAME = /^[A-Za-z0-9_-]{1,100}$/;
const SC_RESERVED = new Set(["discover", "search", "stream", "upload", "you", "settings", "pages", "charts", "stations", "feed", "signin", "logout", "messages", "notifications"]);
function soundcloud(u: URL): Embed | null {
  if (!host(u, "soundcloud.com", "www.soundcloud.com", "m.soundcloud.com")) return null;
  const s = seg(u);
  const ok = (s.length === 2 && SC_NAME.test(s[0]!) && SC_NAME.test(s[1]!) && !SC_RESERVED.has(s[0]!) && !["sets", "tracks", "likes", "followers", "following", "reposts", "albums", "popular-tracks", "comments"].includes(s[1]!)) ||
    (s.length === 3 && SC_NAME.test(s[0]!) && !SC_RESERVED.has(s[0]!) && s[1] === "sets" && SC_NAME.test(s[2]!));
  if (!ok) return null;
  const canonical = `https://soundcloud.com/${s.join("/")}`;
  return { provider: "soundcloud", url: canonical, frameSrc: `https://w.soundcloud.com/player/?url=${encodeURIComponent(canonical)}&auto_play=true&visual=false` };
}

const COORD = /^@(-?\d{1,2}(?:\.\d{1,10})?),(-?\d{1,3}(?:\.\d{1,10})?)(?:,(\d{1,2}(?:\.\d+)?)z)?/;
function googlemaps(u: URL): Embed | null {
  if (!host(u, "www.google.com", "google.com", "maps.google.com")) return null;
  const s = seg(u);
  const base = u.hostname === "maps.google.com" ? [] : ["maps"];
  if (base.length && s[0] !== "maps") return null;
  const rest = s.slice(base.length);
  // The "Embed a map" share code: …/maps/embed?pb=… (no key needed).
  if (rest.length === 1 && rest[0] === "embed") {
    const pb = u.searchParams.get("pb");
    if (!pb || !/^[A-Za-z0-9!._%:-]{1,1500}$/.test(pb)) return null;
    const url = `https://www.google.com/maps/embed?pb=${pb}`;
    return { provider: "googlemaps", url, frameSrc: url };
  }
  // A place or a view: …/maps/place/<name>/@lat,lng,zoomz or …/maps/@lat,lng,zoomz.
  const at = rest.find((p) => p.startsWith("@"));
  const m = at ? COORD.exec(at) : null;
  const valid = (rest.length >= 1 && rest[0] === at) || (rest[0] === "place" && rest.length >= 3 && rest[2] === at);
  if (!m || !valid) return null;
  const [lat, lng] = [Number(m[1]), Number(m[2])];
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  const zoom = m[3] ? Math.min(21, Math.max(1, Math.round(Number(m[3])))) : 15;
  return {
    provider: "googlemaps",
    url: `https://www.google.com/maps/@${m[1]},${m[2]},${zoom}z`,
    frameSrc: `https://www.google.com/maps?q=${m[1]},${m[2]}&z=${zoom}&output=embed`,
  };
}

const PARSERS: Record<Provider, (u: URL) => Embed | null> = { youtube, vimeo, x, facebook, instagram, tiktok, soundcloud, googlemaps };

/** The embed this URL stands for, or null when no provider accepts its exact shape. */
export function parseEmbedUrl(raw: string): Embed | null {
  if (typeof raw !== "string") return null;
  const u = strictUrl(raw);
  if (!u) return null;
  for (const p of PROVIDERS) {
    const e = PARSERS[p](u);
    if (e) return e;
  }
  return null;
}

/** The embed for a stored (provider, url) pair; null when the URL is not that provider's. */
export function embedFor(provider: string, url: string): Embed | null {
  const e = parseEmbedUrl(url);
  return e && e.provider === provider ? e : null;
}

export const isProvider = (p: unknown): p is Provider => typeof p === "string" && (PROVIDERS as readonly string[]).includes(p);

/**
 * frame-src sources of the reader pages' CSP: the providers' player addresses, narrowed to a
 * path where the provider serves players under one (a CSP path ending in "/" is a prefix).
 */
export const FRAME_SOURCES = [
  "https://www.youtube-nocookie.com/embed/",
  "https://player.vimeo.com/video/",
  "https://platform.twitter.com/embed/",
  "https://www.facebook.com/plugins/",
  "https://www.instagram.com/p/",
  "https://www.instagram.com/reel/",
  "https://www.tiktok.com/embed/",
  "https://w.soundcloud.com/player/",
  "https://www.google.com/maps",
  "https://www.google.com/maps/embed",
] as const;

/** Does a frame address fall under one of FRAME_SOURCES, as a browser matches CSP sources? */
export function frameAllowed(src: string): boolean {
  const u = new URL(src);
  return FRAME_SOURCES.some((s) => {
    const f = new URL(s);
    if (f.origin !== u.origin) return false;
    return f.pathname.endsWith("/") ? u.pathname.startsWith(f.pathname) : u.pathname === f.pathname;
  });
}

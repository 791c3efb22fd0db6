import { describe, expect, it } from "vitest";
import { FRAME_SOURCES, frameAllowed, parseEmbedUrl } from "./providers";

// Real URL shapes as editors copy them from the address bar or the share menu.
const ACCEPTED: [string, string, string][] = [
  ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
  ["https://youtu.be/dQw4w9WgXcQ?si=abcDEF123", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
  ["https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
  ["https://www.youtube.com/shorts/aqz-KE-bpKQ", "youtube", "https://www.youtube.com/watch?v=aqz-KE-bpKQ"],
  ["https://www.youtube.com/embed/dQw4w9WgXcQ", "youtube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
  ["https://www.youtube.com/live/jfKfPfyJRdk?feature=share", "youtube", "https://www.youtube.com/watch?v=jfKfPfyJRdk"],
  ["https://vimeo.com/76979871", "vimeo", "https://vimeo.com/76979871"],
  ["https://player.vimeo.com/video/76979871?h=8272103f6e", "vimeo", "https://vimeo.com/76979871"],
  ["https://x.com/AlMadaPaper/status/1864012345678901234", "x", "https://x.com/AlMadaPaper/status/1864012345678901234"],
  ["https://twitter.com/jack/status/20?lang=ar", "x", "https://x.com/jack/status/20"],
  ["https://mobile.twitter.com/jack/status/20", "x", "https://x.com/jack/status/20"],
  ["https://www.facebook.com/almadapaper/posts/pfbid02abcDEFghiJKLmnoPQR", "facebook", "https://www.facebook.com/almadapaper/posts/pfbid02abcDEFghiJKLmnoPQR"],
  ["https://www.facebook.com/almada.paper/videos/1234567890123456/", "facebook", "https://www.facebook.com/almada.paper/videos/1234567890123456"],
  ["https://www.facebook.com/watch/?v=1234567890", "facebook", "https://www.facebook.com/watch/?v=1234567890"],
  ["https://www.facebook.com/reel/987654321012345", "facebook", "https://www.facebook.com/reel/987654321012345"],
  ["https://www.instagram.com/p/C8xYz12AbCd/?igsh=MWx", "instagram", "https://www.instagram.com/p/C8xYz12AbCd/"],
  ["https://www.instagram.com/reel/C9AbCdEfGhI/", "instagram", "https://www.instagram.com/reel/C9AbCdEfGhI/"],
  ["https://www.tiktok.com/@scout2015/video/6718335390845095173", "tiktok", "https://www.tiktok.com/@scout2015/video/6718335390845095173"],
  ["https://soundcloud.com/forss/flickermood", "soundcloud", "https://soundcloud.com/forss/flickermood"],
  ["https://soundcloud.com/forss/sets/soulhack", "soundcloud", "https://soundcloud.com/forss/sets/soulhack"],
  ["https://www.google.com/maps/place/Al+Mutanabbi+St/@33.3394,44.3872,17z/data=!3m1!4b1", "googlemaps", "https://www.google.com/maps/@33.3394,44.3872,17z"],
  ["https://www.google.com/maps/@33.3152,44.3661,12z", "googlemaps", "https://www.google.com/maps/@33.3152,44.3661,12z"],
  ["https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3334.5!2d44.38!3d33.33", "googlemaps", "https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3334.5!2d44.38!3d33.33"],
];

const REFUSED = [
  "",
  "youtube.com/watch?v=dQw4w9WgXcQ", // no scheme
  "javascript:alert(1)//https://youtu.be/dQw4w9WgXcQ",
  "data:text/html,<iframe src=https://youtu.be/dQw4w9WgXcQ>",
  "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
  "https://evil.example/?u=https://www.youtube.com/watch?v=dQw4w9WgXcQ",
  "https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
  "https://user:pw@www.youtube.com/watch?v=dQw4w9WgXcQ",
  "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
  "https://www.youtube.com/watch?v=dQw4w9WgXc", // 10 characters
  "https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>",
  "https://www.youtube.com/watch?v=dQw4w9WgXcQ onload=x",
  "https://www.youtube.com/channel/UC123",
  "https://www.youtube.com/playlist?list=PL123",
  "https://youtu.be/dQw4w9WgXcQ/extra",
  "https://vimeo.com/channels/staffpicks",
  "https://vimeo.com/76979871abc",
  "https://x.com/jack",
  "https://x.com/jack/status/abc",
  "https://x.com/i/web/status/20/extra",
  "https://t.co/abc123",
  "https://www.facebook.com/almadapaper",
  "https://www.facebook.com/sharer/sharer.php?u=https://evil.example",
  "https://l.facebook.com/l.php?u=https://evil.example",
  "https://www.instagram.com/almadapaper/",
  "https://www.instagram.com/p/../../evil/",
  "https://vm.tiktok.com/ZMabc123/",
  "https://www.tiktok.com/@user/photo/6718335390845095173",
  "https://soundcloud.com/discover",
  "https://soundcloud.com/forss/likes",
  "https://on.soundcloud.com/abc",
  "https://maps.app.goo.gl/abc123",
  "https://www.google.com/search?q=maps",
  "https://www.google.com/maps/@133.3,44.3,12z",
  "https://www.google.com/maps/embed?pb=<script>",
  "https://www.google.com/url?q=https://www.google.com/maps/@33.3,44.3,12z",
  "ftp://www.youtube.com/watch?v=dQw4w9WgXcQ",
  "https://www.youtube.com/watch?v=dQw4w9WgXcQ".padEnd(3000, "a"),
];

describe("parseEmbedUrl", () => {
  it.each(ACCEPTED)("accepts %s", (raw, provider, url) => {
    const e = parseEmbedUrl(raw);
    expect(e).toMatchObject({ provider, url });
    // The canonical form parses to itself: what is stored reads back the same.
    expect(parseEmbedUrl(e!.url)).toEqual(e);
  });

  it.each(REFUSED)("refuses %s", (raw) => {
    expect(parseEmbedUrl(raw)).toBeNull();
  });

  it("builds player addresses only under the CSP's frame sources", () => {
    for (const [raw] of ACCEPTED) {
      const e = parseEmbedUrl(raw)!;
      expect(e.frameSrc.startsWith("https://"), raw).toBe(true);
      expect(frameAllowed(e.frameSrc), e.frameSrc).toBe(true);
    }
    expect(frameAllowed("https://www.youtube.com/embed/dQw4w9WgXcQ")).toBe(false);
    expect(frameAllowed("https://www.google.com/search")).toBe(false);
  });

  it("the reader pages' CSP lists exactly these frame sources", async () => {
    // scripts/ is plain JavaScript for node (serve.mjs): read its list as the server does.
    const { EMBED_FRAME_SOURCES } = (await import(/* @vite-ignore */ "../../scripts/security-headers.mjs" as string)) as { EMBED_FRAME_SOURCES: string[] };
    expect([...EMBED_FRAME_SOURCES].sort()).toEqual([...FRAME_SOURCES].sort());
  });
});

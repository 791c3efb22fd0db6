import { describe, expect, it } from "vitest";
import { normalizeSocialUrl } from "./social";
import { telHref } from "./contact";

describe("the paper's social accounts", () => {
  it("accepts an account on the network's own hosts, adding https:// when typed without it", () => {
    expect(normalizeSocialUrl("socialFacebook", "https://www.facebook.com/almadapaper")).toBe("https://www.facebook.com/almadapaper");
    expect(normalizeSocialUrl("socialX", "x.com/almada")).toBe("https://x.com/almada");
    expect(normalizeSocialUrl("socialX", "http://twitter.com/almada/")).toBe("https://twitter.com/almada");
    expect(normalizeSocialUrl("socialYoutube", "https://www.youtube.com/@almada")).toBe("https://www.youtube.com/@almada");
    expect(normalizeSocialUrl("socialYoutube", "https://www.youtube.com/channel/UC123")).toBe("https://www.youtube.com/channel/UC123");
    expect(normalizeSocialUrl("socialTelegram", "t.me/almada")).toBe("https://t.me/almada");
    expect(normalizeSocialUrl("socialWhatsapp", "https://whatsapp.com/channel/0029VaABC")).toBe("https://whatsapp.com/channel/0029VaABC");
    expect(normalizeSocialUrl("socialInstagram", "instagram.com/almada#top")).toBe("https://instagram.com/almada");
  });

  it("refuses a network's home page, another network, another site and other schemes", () => {
    for (const [key, url] of [
      ["socialFacebook", "https://www.facebook.com/"],
      ["socialFacebook", "https://x.com/almada"],
      ["socialFacebook", "https://facebook.com.evil.example/almada"],
      ["socialX", "javascript:alert(1)"],
      ["socialX", "https://x.com/home"],
      ["socialYoutube", "https://www.youtube.com/watch?v=abc"],
      ["socialYoutube", "https://videos.example/almada"],
      ["socialWhatsapp", "https://whatsapp.com/almada"],
      ["socialTelegram", "https://t.me:8443/almada"],
      ["socialInstagram", "https://user:pw@instagram.com/almada"],
      ["socialInstagram", "instagram.com/al mada"],
    ] as const) {
      expect(normalizeSocialUrl(key, url), `${key} ${url}`).toBeNull();
    }
  });

  it("a phone number as typed becomes a tel: link", () => {
    expect(telHref("+964 770 123 4567")).toBe("tel:+9647701234567");
    expect(telHref("(٠٧٧٠) ١٢٣-٤٥٦٧")).toBe("tel:07701234567");
  });
});

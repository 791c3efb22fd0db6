import { describe, expect, it } from "vitest";
import { addRefusal, editRefusal, emptyUpdate, endRefusal, liveStatusOf, startRefusal } from "./rules";
import { keyEventLabel, liveUpdateHtml } from "./render";
import { liveBlogPostingLd } from "./json-ld";
import type { ArticleView } from "@/lib/articles/queries";

describe("live coverage rules", () => {
  it("starts only on a published piece that is not already live; an ended coverage can resume", () => {
    expect(startRefusal({ status: "draft", liveStatus: null })).toMatch(/المنشورة فقط/);
    expect(startRefusal({ status: "published", liveStatus: "live" })).toMatch(/جارية/);
    expect(startRefusal({ status: "published", liveStatus: null })).toBeNull();
    expect(startRefusal({ status: "published", liveStatus: "ended" })).toBeNull();
  });

  it("ends only a running coverage", () => {
    expect(endRefusal({ liveStatus: "live" })).toBeNull();
    expect(endRefusal({ liveStatus: "ended" })).not.toBeNull();
    expect(endRefusal({ liveStatus: null })).not.toBeNull();
  });

  it("adds updates only while live, to a published piece", () => {
    expect(addRefusal({ status: "published", liveStatus: "live" })).toBeNull();
    expect(addRefusal({ status: "published", liveStatus: "ended" })).not.toBeNull();
    expect(addRefusal({ status: "archived", liveStatus: "live" })).not.toBeNull();
  });

  it("keeps updates editable after the coverage ended, never a deleted one", () => {
    expect(editRefusal({ liveStatus: "ended" }, { deletedAt: null })).toBeNull();
    expect(editRefusal({ liveStatus: "live" }, { deletedAt: new Date() })).toMatch(/محذوف/);
    expect(editRefusal({ liveStatus: null }, { deletedAt: null })).not.toBeNull();
  });

  it("refuses an update with nothing in it", () => {
    expect(emptyUpdate({ bodyText: "  ", imageId: null, embedUrl: null })).toBe(true);
    expect(emptyUpdate({ bodyText: "", imageId: 3, embedUrl: null })).toBe(false);
    expect(emptyUpdate({ bodyText: "", imageId: null, embedUrl: "https://vimeo.com/1" })).toBe(false);
  });

  it("reads unknown stored statuses as none", () => {
    expect(liveStatusOf("live")).toBe("live");
    expect(liveStatusOf("LIVE")).toBeNull();
    expect(liveStatusOf(null)).toBeNull();
  });
});

const update = { id: 7, bodyHtml: "<p>سقوط أمطار غزيرة</p>", keyEvent: true, createdAt: "2026-12-03T09:05:00.000Z", updatedAt: "2026-12-03T09:05:00.000Z", authorName: "<ريم>", image: null, embedUrl: "https://youtu.be/dQw4w9WgXcQ" };

describe("an update as readers' HTML", () => {
  it("carries its anchor, the Baghdad time, the key event mark, an escaped author and the embed placeholder", () => {
    const html = liveUpdateHtml(update);
    expect(html).toContain('id="update-7"');
    expect(html).toContain('datetime="2026-12-03T12:05:00+03:00"');
    expect(html).toContain("12:05");
    expect(html).toContain("حدث رئيسي");
    expect(html).toContain("&lt;ريم&gt;");
    expect(html).toContain('data-embed="youtube"');
    expect(html).not.toMatch(/<iframe|\ssrc="https:\/\/www\.youtube/);
  });

  it("names key events by their first line, shortened", () => {
    expect(keyEventLabel("السطر الأول\nالثاني")).toBe("السطر الأول");
    expect(keyEventLabel("ع".repeat(200))).toHaveLength(120);
  });
});

describe("LiveBlogPosting JSON-LD", () => {
  const article = { id: 5, slug: "live", title: "مباشر", publishedAt: "2026-12-03T08:00:00.000Z", contentUpdatedAt: null, authors: [], tags: [], section: { name: "سياسة", slug: "politics" }, image: null, imageCaption: null, excerpt: null, seoDescription: null } as unknown as ArticleView;
  const site = { name: "المدى", url: "https://midad.example", logo: { path: "/logo.png", width: 600, height: 60 } };
  it("is the page's article entity while live, with coverage times and the updates", () => {
    const ld = liveBlogPostingLd(article, { status: "live", startedAt: "2026-12-03T08:30:00.000Z", endedAt: null, updates: [{ ...update, keyLabel: "سقوط أمطار غزيرة", text: "سقوط أمطار غزيرة" }], known: update.id }, site);
    expect(ld["@type"]).toBe("LiveBlogPosting");
    expect(ld.coverageStartTime).toBe("2026-12-03T11:30:00+03:00");
    expect(ld).not.toHaveProperty("coverageEndTime");
    expect(ld.dateModified).toBe("2026-12-03T12:05:00+03:00");
    expect(ld.liveBlogUpdate[0]).toMatchObject({ "@type": "BlogPosting", headline: "سقوط أمطار غزيرة", url: "https://midad.example/5/live#update-7" });
  });
});

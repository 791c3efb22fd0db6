import { route } from "@/lib/http/route";
import { listMedia } from "@/lib/media/queries";
import { mediaListSchema } from "@/lib/media/schema";
import { cropUrl, mediaUrl } from "@/lib/media/url";

export const dynamic = "force-dynamic";

const PER_PAGE = 18;

/** The «اختر من المكتبة» dialog's page of images: the library's search and filters, as JSON. */
export const GET = route({
  permission: "media:upload",
  query: mediaListSchema,
  handler: async (_req, { query }) => {
    const { items, total, page, pages } = await listMedia(query, PER_PAGE);
    return Response.json(
      {
        ok: true,
        total,
        page,
        pages,
        items: items.map((m) => ({
          id: m.id,
          url: mediaUrl(m.path),
          thumb: `${cropUrl(m.path, "1x1", m)}&w=240`,
          width: m.width,
          height: m.height,
          alt: m.alt,
          caption: m.caption,
          credit: m.credit,
          name: m.originalName,
        })),
      },
      { headers: { "cache-control": "no-store" } },
    );
  },
});

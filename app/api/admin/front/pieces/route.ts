import { frontPickerQuerySchema } from "@/lib/front/schema";
import { searchPieces } from "@/lib/front/queries";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The piece picker of /admin/front: published pieces by title words (or a number), newest first. */
export const GET = route({
  permission: "front:arrange",
  query: frontPickerQuerySchema,
  handler: async (_req, { query }) => {
    const pieces = await searchPieces(query.q, query.section);
    return Response.json(
      { ok: true, pieces: pieces.map((p) => ({ id: p.id, title: p.title, section: p.sectionName, sectionId: p.sectionId, publishedAt: p.publishedAt?.toISOString() ?? null, hasImage: p.hasImage })) },
      { headers: { "cache-control": "no-store" } },
    );
  },
});

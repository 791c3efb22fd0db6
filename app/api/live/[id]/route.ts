import { tags } from "@/lib/cache/tags";
import { idSegment } from "@/lib/http/params";
import { route } from "@/lib/http/route";
import { getLiveCoverage } from "@/lib/live/queries";
import { formatArabicTime } from "@/lib/dates/format";
import { liveUpdateHtml, updateStamp } from "@/lib/live/render";
import { livePollQuerySchema } from "@/lib/live/schema";

export const dynamic = "force-dynamic";

// Readers' open live pages ask this every few seconds (/reader.js, decision 192): the updates
// newer than the last one they show, as the same HTML the page renders; every current
// update's id and stamp (its last edit) with the highest id the piece ever had, so an open
// page drops deleted updates (and only those: an id above `known` is newer than this answer)
// and asks for the edited ones again (?after=0); and the key events, to redraw «أبرز الأحداث». The read is cached
// under the piece's tag (expired by every change), the answer for a few seconds in browsers
// and shared caches, so a crowd of readers costs one render per change. Unknown ids, ids
// beyond 2^31−1 and pieces without coverage are 404; a malformed ?after= reads as 0.

const CACHE = "public, max-age=5, s-maxage=5, stale-while-revalidate=5";

export const GET = route({
  params: (raw) => {
    const id = idSegment(raw.id);
    return id ? { id } : null;
  },
  query: livePollQuerySchema,
  handler: async (_req, { params: { id }, query: { after } }) => {
    const coverage = await getLiveCoverage(id);
    if (!coverage) {
      return Response.json({ ok: false, code: "not_found", message: "لا توجد تغطية مباشرة لهذه المادة." }, { status: 404, headers: { "cache-control": "public, max-age=30" } });
    }
    const fresh = coverage.updates.filter((u) => u.id > after);
    return Response.json(
      {
        ok: true,
        status: coverage.status,
        latest: coverage.updates[0]?.id ?? 0,
        updates: fresh.map((u) => ({ id: u.id, keyEvent: u.keyEvent, keyLabel: u.keyLabel, html: liveUpdateHtml(u) })),
        present: coverage.updates.map((u) => [u.id, updateStamp(u)]),
        known: coverage.known,
        keyEvents: coverage.updates.filter((u) => u.keyEvent).map((u) => ({ id: u.id, at: u.createdAt, time: formatArabicTime(new Date(u.createdAt)), label: u.keyLabel })),
      },
      { headers: { "cache-control": CACHE, xkey: `${tags.article(id)} page:${id}`, "x-robots-tag": "noindex" } },
    );
  },
});

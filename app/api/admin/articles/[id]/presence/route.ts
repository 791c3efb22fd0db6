import { touchPresence } from "@/lib/articles/presence";
import { idSegment } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The editor's heartbeat (every few seconds): "I have this piece open; who else has?" */
export const POST = route({
  permission: "article:edit",
  sameOrigin: true,
  params: (raw) => {
    const id = idSegment(raw.id);
    return id === null ? null : { id };
  },
  handler: async (_req, { params, user }) => Response.json({ ok: true, ...(await touchPresence(user!, params.id)) }, { headers: { "cache-control": "no-store" } }),
});

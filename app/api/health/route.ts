import { db } from "@/lib/db";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the test runner. */
export const GET = route({
  handler: async () => {
    try {
      await db.$queryRaw`SELECT 1`;
      return Response.json({ ok: true });
    } catch {
      return Response.json({ ok: false, message: "قاعدة البيانات غير متاحة" }, { status: 503 });
    }
  },
});

import { AuthError, requirePermission } from "@/lib/auth/guard";
import { MAX_UPLOAD_BYTES, storeImage, UploadError } from "@/lib/media/upload";
import { mediaUrl } from "@/lib/media/url";

export const dynamic = "force-dynamic";

const error = (status: number, code: string, message: string) => Response.json({ ok: false, code, message }, { status });

/** Upload a featured image (multipart field "file"). */
export async function POST(req: Request) {
  let user;
  try {
    user = await requirePermission("media:upload");
  } catch (e) {
    if (e instanceof AuthError) return error(e.status, e.status === 401 ? "unauthorized" : "forbidden", e.message);
    throw e;
  }
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_UPLOAD_BYTES + 64 * 1024) return error(413, "too_large", "الصورة أكبر من 10 ميغابايت.");
  const form = await req.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) return error(400, "invalid", "اختر صورة لرفعها.");
  try {
    const m = await storeImage(Buffer.from(await file.arrayBuffer()), user.id);
    return Response.json({ ok: true, id: m.id, url: mediaUrl(m.path), width: m.width, height: m.height });
  } catch (e) {
    if (e instanceof UploadError) return error(e.status, e.code, e.message);
    throw e;
  }
}

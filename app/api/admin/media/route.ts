import { audit } from "@/lib/audit/log";
import { HttpError } from "@/lib/http/errors";
import { route } from "@/lib/http/route";
import { MAX_UPLOAD_BYTES, storeImage, UploadError } from "@/lib/media/upload";
import { mediaUrl } from "@/lib/media/url";

export const dynamic = "force-dynamic";

/** Upload an image (multipart field "file"); the same file again answers with the stored one. */
export const POST = route({
  permission: "media:upload",
  sameOrigin: true,
  handler: async (req, { user }) => {
    const length = Number(req.headers.get("content-length") ?? 0);
    if (length > MAX_UPLOAD_BYTES + 64 * 1024) throw new HttpError(413, "too_large", "الصورة أكبر من 10 ميغابايت.");
    const form = await req.formData().catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File)) throw new HttpError(400, "invalid", "اختر صورة لرفعها.");
    try {
      const m = await storeImage(Buffer.from(await file.arrayBuffer()), user!.id, file.name);
      // A reused file stores nothing new: no upload event (the library shows who first uploaded it).
      if (!m.reused) await audit({ actorId: user!.id, action: "media.upload", entityType: "media", entityId: m.id });
      return Response.json({
        ok: true,
        id: m.id,
        url: mediaUrl(m.path),
        width: m.width,
        height: m.height,
        reused: m.reused,
        message: m.reused ? "هذه الصورة مرفوعة من قبل، فاستُعملت النسخة المحفوظة في المكتبة بدل رفعها مرة ثانية." : "رُفعت الصورة.",
      });
    } catch (e) {
      if (e instanceof UploadError) throw new HttpError(e.status, e.code, e.message);
      throw e;
    }
  },
});

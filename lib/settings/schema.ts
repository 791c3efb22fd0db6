import { z } from "@/lib/validation/zod";

export const settingsSchema = z.object({
  siteName: z.string().trim().min(1, "اسم الموقع مطلوب.").max(100),
  timezone: z
    .string()
    .trim()
    .default("Asia/Baghdad")
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "منطقة زمنية غير معروفة."),
});

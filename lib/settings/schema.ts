import { text } from "@/lib/validation/text";
import { z } from "@/lib/validation/zod";
import { TWO_FACTOR_POLICIES } from "@/lib/auth/two-factor-policy";

export const settingsSchema = z.object({
  siteName: text().trim().min(1, "اسم الموقع مطلوب.").max(100),
  timezone: text()
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
  mailFrom: text()
    .trim()
    .toLowerCase()
    .max(200)
    .default("")
    .refine((v) => v === "" || z.email().safeParse(v).success, "عنوان المرسل غير صالح."),
  // Absent (an older form): the stored rule stays as it is.
  twoFactorRequiredFor: z.enum(TWO_FACTOR_POLICIES, "اختر من القائمة.").optional(),
});

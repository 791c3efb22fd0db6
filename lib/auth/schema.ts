import { z } from "@/lib/validation/zod";

export const SIGN_IN_FAILED = "البريد الإلكتروني أو كلمة المرور غير صحيحة.";
export const lockedMessage = (seconds: number) =>
  `محاولات دخول فاشلة كثيرة. حاول مجدداً بعد ${Math.max(1, Math.ceil(seconds / 60))} دقيقة.`;

export const signInSchema = z.object({
  email: z.string().trim().min(1, "أدخل البريد الإلكتروني.").max(200),
  password: z.string().min(1, "أدخل كلمة المرور.").max(500),
  next: z.string().optional(),
});

export const PASSWORD_MIN = 10;
export const WRONG_CURRENT_PASSWORD = "كلمة المرور الحالية غير صحيحة.";
export const newPasswordSchema = z
  .object({
    current: z.string().min(1, "أدخل كلمة المرور الحالية.").max(500),
    password: z.string().min(PASSWORD_MIN, `كلمة المرور ${PASSWORD_MIN} أحرف على الأقل.`).max(500),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { message: "كلمتا المرور غير متطابقتين.", path: ["confirm"] })
  .refine((v) => v.password !== v.current, { message: "اختر كلمة مرور غير الحالية.", path: ["password"] });

/** Only same-site paths under /admin are followed after sign-in. */
export function safeNext(next: string | undefined | null): string {
  return next && next.startsWith("/admin") && !next.startsWith("//") ? next : "/admin";
}

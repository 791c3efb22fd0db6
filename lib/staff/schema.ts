import { text } from "@/lib/validation/text";
import { z } from "@/lib/validation/zod";

const role = z.enum(["admin", "editor", "writer", "moderator"], { message: "اختر دوراً." });
export const createStaffSchema = z.object({
  name: text().trim().min(1, "الاسم مطلوب.").max(120),
  email: text().trim().toLowerCase().email("بريد إلكتروني غير صالح."),
  role,
});
export const changeRoleSchema = z.object({ userId: text().min(1).max(100), role });
export const setActiveSchema = z.object({ userId: text().min(1).max(100), active: z.enum(["true", "false"]).transform((v) => v === "true") });
export const endSessionsSchema = z.object({ userId: text().min(1).max(100) });

/** An invitation by e-mail: the same fields as a new account, no password. */
export const inviteSchema = createStaffSchema;
export const invitationIdSchema = z.object({
  id: text()
    .regex(/^\d{1,10}$/, "رقم غير صالح.")
    .transform(Number)
    .refine((n) => n >= 1 && n <= 2 ** 31 - 1, "رقم غير صالح."),
});

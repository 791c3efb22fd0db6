import { z } from "@/lib/validation/zod";

const role = z.enum(["admin", "editor", "writer", "moderator"], { message: "اختر دوراً." });
export const createStaffSchema = z.object({
  name: z.string().trim().min(1, "الاسم مطلوب.").max(120),
  email: z.string().trim().toLowerCase().email("بريد إلكتروني غير صالح."),
  role,
});
export const changeRoleSchema = z.object({ userId: z.string().min(1), role });
export const setActiveSchema = z.object({ userId: z.string().min(1), active: z.enum(["true", "false"]).transform((v) => v === "true") });
export const endSessionsSchema = z.object({ userId: z.string().min(1) });

import { z } from "@/lib/validation/zod";
import { text } from "@/lib/validation/text";

const id = text()
  .regex(/^\d{1,10}$/, "رقم غير صالح.")
  .transform(Number)
  .refine((n) => n >= 1 && n <= 2 ** 31 - 1, "رقم غير صالح.");
export const retryMailSchema = z.object({ id });

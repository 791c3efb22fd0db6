import { z } from "@/lib/validation/zod";
import { MAX_QUERY_CHARS } from "./query";

// GET /api/search's query string. A long query is cut, not refused (readers paste whole
// paragraphs); a page that is not a page number is refused with an Arabic message.
export const searchQuerySchema = z.object({
  q: z
    .string()
    .optional()
    .transform((v) => (v ?? "").slice(0, MAX_QUERY_CHARS).replace(/\p{Cs}/gu, "").trim()),
  page: z
    .string()
    .optional()
    .refine((v) => v === undefined || /^[1-9]\d{0,5}$/.test(v), "رقم الصفحة غير صالح.")
    .transform((v) => (v === undefined ? 1 : Number(v))),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

import { z } from "@/lib/validation/zod";
import { MSG, REPORT_REASONS, checkBody, checkName, type Checked, type ReportReason } from "./rules";

// One schema per input, shared by the reader form (browser), the route handlers and the
// moderation actions. Messages are Arabic because readers see them as they are.

// The name and comment rules live in ./rules.ts (no zod) so the reader's browser can run
// exactly the same checks without shipping a validation library on every article page.
export { MSG } from "./rules";

/** A zod type over one of the shared rule functions: same messages, same cleaned value. */
const ruled = (check: (v: unknown) => Checked) =>
  z.unknown().transform((v, ctx) => {
    const r = check(v);
    if (r.ok) return r.value;
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  });

export const nameSchema = ruled(checkName);
export const bodySchema = ruled(checkBody);

const idSchema = z.union([z.number({ error: MSG.badParent }), z.string({ error: MSG.badParent }).regex(/^\d{1,10}$/, MSG.badParent)], { error: MSG.badParent }).transform(Number).pipe(
  z.number({ error: MSG.badParent }).int(MSG.badParent).positive(MSG.badParent).max(2_147_483_647, MSG.badParent),
);

export const commentInputSchema = z.object({
  name: nameSchema,
  body: bodySchema,
  // Empty string from an HTML form means "not a reply".
  parentId: z.preprocess((v) => (v === "" || v === null ? undefined : v), idSchema.optional()),
  /** Honeypot: hidden from people, filled by bots. */
  website: z.preprocess((v) => (v === undefined || v === null ? "" : v), z.string({ error: MSG.notText }).max(500, MSG.notText)),
});

export type CommentInput = z.infer<typeof commentInputSchema>;

export { REPORT_REASONS, type ReportReason } from "./rules";

export const reportInputSchema = z.object({
  reason: z.enum(Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]], { error: MSG.badReason }),
});

/** Field → first Arabic message, for forms and the `fields` of error bodies. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

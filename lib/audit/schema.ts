import { DAY_MESSAGE, isCalendarDay } from "@/lib/validation/date";
import { kindsOf } from "./kinds";

// The audit page's GET filters. A bad value is dropped with an Arabic message beside its
// field (the rest of the filters still apply); nothing here can change anything.

export type AuditFilters = { actor?: string; kind?: string; from?: string; to?: string };
export type ParsedAuditFilters = { filters: AuditFilters; errors: Partial<Record<keyof AuditFilters, string>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

export function parseAuditFilters(sp: Record<string, string | string[] | undefined>): ParsedAuditFilters {
  const filters: AuditFilters = {};
  const errors: ParsedAuditFilters["errors"] = {};
  const actor = one(sp.actor);
  if (actor) {
    if (/^[A-Za-z0-9_-]{1,64}$/.test(actor)) filters.actor = actor;
    else errors.actor = "اختر شخصاً من القائمة.";
  }
  const kind = one(sp.kind);
  if (kind) {
    if (kindsOf(kind)) filters.kind = kind;
    else errors.kind = "اختر نوعاً من القائمة.";
  }
  for (const key of ["from", "to"] as const) {
    const v = one(sp[key]);
    if (!v) continue;
    if (isCalendarDay(v)) filters[key] = v;
    else errors[key] = DAY_MESSAGE;
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.to = "تاريخ النهاية قبل تاريخ البداية.";
    delete filters.to;
  }
  return { filters, errors };
}

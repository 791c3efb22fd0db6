/** A phone number as typed («+964 770 123 4567», Arabic-Indic digits too) → a tel: link. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[^\d+]/g, "");
  return `tel:${digits}`;
}

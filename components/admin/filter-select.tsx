/** One filter of a GET filter form: a labelled select whose first option is "الكل". */
export function FilterSelect({ label, name, value, options }: { label: string; name: string; value: string | undefined; options: { value: string | number; label: string }[] }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select name={name} defaultValue={value ?? ""}>
        <option value="">الكل</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Query-string link to another page of a filtered list, keeping the filters. */
export function pageLink(base: string, params: Record<string, string | undefined>, page: number) {
  const kept = Object.fromEntries(Object.entries(params).filter(([, v]) => v)) as Record<string, string>;
  return `${base}?${new URLSearchParams({ ...kept, page: String(page) })}`;
}

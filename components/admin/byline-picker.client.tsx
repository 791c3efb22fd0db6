"use client";

import { useId, useState } from "react";
import { normalizeArabic } from "@/lib/arabic/normalize";

type Author = { id: number; name: string };

/**
 * The piece's bylines as a list of checkboxes (a tap or Space each; no Ctrl-click), with a
 * search box above once the list is long. Real checkboxes named `authorIds`, so the list is a
 * plain form field too. The order of choosing is the order of the bylines.
 */
export function BylinePicker({ authors, value, onChange }: { authors: Author[]; value: number[]; onChange: (ids: number[]) => void }) {
  const [q, setQ] = useState("");
  const id = useId();
  const key = normalizeArabic(q).trim();
  const chosen = new Set(value);
  const shown = key ? authors.filter((a) => chosen.has(a.id) || normalizeArabic(a.name).includes(key)) : authors;
  const names = value.map((v) => authors.find((a) => a.id === v)?.name).filter(Boolean);
  return (
    <fieldset className="field byline-picker">
      <legend>الكتّاب</legend>
      <p className="hint" id={`${id}-chosen`} aria-live="polite">
        {names.length ? `بترتيب الظهور: ${names.join("، ")}` : "لم يُختر كاتب بعد (يُستعمل اسمك إن كان لك ملف كاتب)."}
      </p>
      {authors.length > 6 && (
        <input type="search" className="byline-search" placeholder="ابحث عن كاتب…" aria-label="ابحث عن كاتب" value={q} onChange={(e) => setQ(e.target.value)} />
      )}
      <ul className="byline-list" aria-describedby={`${id}-chosen`}>
        {shown.map((a) => (
          <li key={a.id}>
            <label>
              <input
                type="checkbox"
                name="authorIds"
                value={a.id}
                checked={chosen.has(a.id)}
                onChange={(e) => onChange(e.target.checked ? [...value, a.id] : value.filter((x) => x !== a.id))}
              />{" "}
              {a.name}
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="hint">لا كاتب بهذا الاسم.</li>}
      </ul>
    </fieldset>
  );
}

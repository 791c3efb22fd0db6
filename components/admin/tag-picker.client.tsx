"use client";

import { useId, useState } from "react";
import { sameTag, suggestTags } from "@/lib/articles/tag-match";

type Option = { kind: "existing"; name: string } | { kind: "new"; name: string };

/**
 * Tags with autocomplete from the existing ones (Arabic-normalised: another spelling of a tag
 * finds it). Enter takes the highlighted suggestion, or the existing tag the text means; a new
 * tag is made only by choosing «إنشاء وسم جديد» explicitly. A combobox in the ARIA pattern:
 * arrows move, Enter picks, Escape closes.
 */
export function TagPicker({ existing, value, onChange }: { existing: string[]; value: string[]; onChange: (names: string[]) => void }) {
  const [draft, setDraft] = useState("");
  const [active, setActive] = useState(-1);
  const [note, setNote] = useState("");
  const id = useId();
  const text = draft.trim();
  const match = text ? sameTag(text, existing) : undefined;
  const options: Option[] = text ? suggestTags(text, existing, value).map((name) => ({ kind: "existing" as const, name })) : [];
  if (text && !match && !value.includes(text)) options.push({ kind: "new", name: text });
  const open = options.length > 0;

  const add = (name: string) => {
    if (!value.includes(name)) onChange([...value, name]);
    setDraft("");
    setActive(-1);
    setNote("");
  };
  const pick = (o: Option) => add(o.name);

  return (
    <div className="field tag-picker">
      <label htmlFor={`${id}-input`}>الوسوم</label>
      <ul className="tag-chips">
        {value.map((t) => (
          <li key={t}>
            {t}{" "}
            <button type="button" className="secondary" aria-label={`إزالة ${t}`} onClick={() => onChange(value.filter((x) => x !== t))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        id={`${id}-input`}
        name="tagNames"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={active >= 0 ? `${id}-o${active}` : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        value={draft}
        placeholder="اكتب لتظهر الوسوم الموجودة"
        onChange={(e) => {
          setDraft(e.target.value);
          setActive(-1);
          setNote("");
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && open) {
            e.preventDefault();
            setActive((a) => (a + 1) % options.length);
          } else if (e.key === "ArrowUp" && open) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? options.length - 1 : a - 1));
          } else if (e.key === "Escape") {
            setDraft("");
            setActive(-1);
          } else if (e.key === "Enter") {
            e.preventDefault();
            const chosen = options[active];
            if (chosen) pick(chosen);
            else if (match) add(match);
            else if (text) setNote(`لا وسم بهذا الاسم. لإضافته اختر «إنشاء وسم جديد: ${text}» من القائمة.`);
          }
        }}
      />
      <span className="hint" id={`${id}-hint`} aria-live="polite">
        {note || "اختر وسماً موجوداً من القائمة؛ الوسم الجديد يُنشأ باختياره صراحة."}
      </span>
      {open && (
        <ul className="tag-options" role="listbox" id={`${id}-list`} aria-label="وسوم مقترحة">
          {options.map((o, i) => (
            <li
              key={`${o.kind}:${o.name}`}
              id={`${id}-o${i}`}
              role="option"
              aria-selected={i === active}
              className={o.kind === "new" ? "tag-option-new" : undefined}
              // mousedown, not click: the input keeps focus (and the list stays) while choosing.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(o);
              }}
            >
              {o.kind === "new" ? `إنشاء وسم جديد: «${o.name}»` : o.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

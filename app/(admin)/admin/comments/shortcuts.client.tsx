"use client";

import { useEffect } from "react";

// Keyboard shortcuts for the queue: j/k next/previous comment, a approve, r reject,
// s spam, x select; the same buttons the mouse uses, so the server does the rest.
export function QueueShortcuts() {
  useEffect(() => {
    let current = -1;
    const items = () => Array.from(document.querySelectorAll<HTMLElement>(".moderation-item"));
    const focus = (i: number) => {
      const list = items();
      if (list.length === 0) return;
      current = Math.max(0, Math.min(list.length - 1, i));
      list.forEach((el, n) => el.classList.toggle("is-current", n === current));
      // Focus without the browser's own jump, then bring the whole item into view; its
      // scroll-margin keeps it clear of the menu bar that stays on top on phones.
      list[current]!.focus({ preventScroll: true });
      list[current]!.scrollIntoView({ block: "nearest" });
    };
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey || (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && (t as HTMLInputElement).type !== "checkbox")) return;
      const list = items();
      if (current < 0 && t?.closest(".moderation-item")) current = list.indexOf(t.closest(".moderation-item") as HTMLElement);
      const item = list[current];
      const key = e.key.toLowerCase();
      if (key === "j") focus(current + 1);
      else if (key === "k") focus(current - 1);
      else if (item && key === "x") item.querySelector<HTMLInputElement>(".moderation-check")?.click();
      else if (item && (key === "a" || key === "r" || key === "s")) {
        const decision = { a: "approve", r: "reject", s: "spam" }[key];
        item.querySelector<HTMLButtonElement>(`button[data-decision="${decision}"]`)?.click();
      } else return;
      e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <p className="hint" id="shortcuts-help">
      اختصارات: j/k التالي والسابق، a قبول، r رفض، s سبام، x تحديد.
    </p>
  );
}

/** "تحديد الكل" for the comments on this page. */
export function SelectAll() {
  return (
    <label>
      <input
        type="checkbox"
        onChange={(e) => {
          document.querySelectorAll<HTMLInputElement>(".moderation-check").forEach((c) => (c.checked = e.currentTarget.checked));
        }}
      />{" "}
      تحديد الكل في هذه الصفحة
    </label>
  );
}

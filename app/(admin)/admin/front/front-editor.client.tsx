"use client";

import { startTransition, useActionState, useRef, useState } from "react";
import { useHydrated } from "@/components/admin/confirm-button.client";
import type { ActionState } from "@/lib/auth/action";
import { PiecePicker, type Picked } from "./piece-picker.client";

// The arrangement form of /admin/front (decision 183). It is a plain form first: every slot is
// a field holding a piece's number (empty: automatic), and every button posts it (the
// «أعلى/أسفل» buttons too: the server saves the draft in the new order). With JavaScript the
// slots get a title search, moves happen here at once (buttons, Alt+arrow keys, or drag and
// drop) and a polite live region says where the piece went.

export type SlotPiece = { id: number; title: string; note?: string } | null;
export type EditorSection = { id: number; name: string; pins: SlotPiece[] };
export type EditorInitial = {
  lead: SlotPiece;
  top: SlotPiece[];
  sections: EditorSection[];
  breaking: { text: string; url: string; day: string; time: string };
};

type Props = { initial: EditorInitial; action: (prev: ActionState, form: FormData) => Promise<ActionState>; today: string };

const ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع"];

type Where = { kind: "lead" } | { kind: "top"; i: number } | { kind: "pin"; sid: number; i: number };

/** The title of a published piece by its number (the picker's route answers a number with that piece). */
async function titleOf(id: number): Promise<string | null> {
  try {
    const res = await fetch(`/api/admin/front/pieces?q=${id}`, { headers: { accept: "application/json" } });
    const body = (await res.json()) as { pieces?: { id: number; title: string }[] };
    return body.pieces?.find((p) => p.id === id)?.title ?? null;
  } catch {
    return null;
  }
}

export function FrontEditor({ initial, action, today }: Props) {
  const [state, dispatch, pending] = useActionState(action, null);
  const hydrated = useHydrated();
  const [lead, setLead] = useState<SlotPiece>(initial.lead);
  const [top, setTop] = useState<SlotPiece[]>(() => [...initial.top, ...Array<SlotPiece>(4 - initial.top.length).fill(null)]);
  const [topCount, setTopCount] = useState(initial.top.length);
  const [pins, setPins] = useState<Record<number, SlotPiece[]>>(() => Object.fromEntries(initial.sections.map((s) => [s.id, [s.pins[0] ?? null, s.pins[1] ?? null]])));
  const [announce, setAnnounce] = useState("");
  const drag = useRef<{ list: string; index: number } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const lookups = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const error = (n: string) => (state && !state.ok ? state.errors?.[n] : undefined);

  const listOf = (list: string): SlotPiece[] => (list === "top" ? top.slice(0, topCount) : (pins[Number(list.slice(4))] ?? []));
  const setList = (list: string, next: SlotPiece[]) => {
    if (list === "top") setTop([...next, ...top.slice(topCount)]);
    else setPins({ ...pins, [Number(list.slice(4))]: next });
  };
  const listName = (list: string) => (list === "top" ? "الأخبار البارزة" : `المثبّتة في «${initial.sections.find((s) => s.id === Number(list.slice(4)))?.name ?? ""}»`);

  /** Changes one slot from its current value (functional: a late title lookup must not undo a later change). */
  const put = (w: Where, f: (old: SlotPiece) => SlotPiece) => {
    if (w.kind === "lead") setLead(f);
    else if (w.kind === "top") setTop((prev) => prev.map((x, j) => (j === w.i ? f(x) : x)));
    else setPins((prev) => ({ ...prev, [w.sid]: (prev[w.sid] ?? [null, null]).map((x, j) => (j === w.i ? f(x) : x)) }));
  };

  /** A number typed in a slot: shown at once, then named by its title when it is a published piece. */
  const typed = (w: Where, raw: string) => {
    const v = raw.trim();
    if (!/^\d{1,10}$/.test(v)) return put(w, () => null);
    const id = Number(v);
    put(w, () => ({ id, title: `القطعة رقم ${id}` }));
    const key = JSON.stringify(w);
    clearTimeout(lookups.current.get(key));
    lookups.current.set(
      key,
      setTimeout(async () => {
        const found = await titleOf(id);
        put(w, (old) => (old?.id === id ? { id, title: found ?? `القطعة رقم ${id}`, note: found ? undefined : "غير منشورة الآن أو غير موجودة: تحلّ محلها قطعة تلقائية" } : old));
      }, 400),
    );
  };

  /** Moves one slot to another place of its list; says so; keeps the focus on the moved piece's button. */
  function move(list: string, from: number, to: number, focus?: "up" | "down") {
    const items = listOf(list);
    if (to < 0 || to >= items.length || from === to) return;
    const next = [...items];
    const [it] = next.splice(from, 1);
    next.splice(to, 0, it ?? null);
    setList(list, next);
    setAnnounce(`${it ? `«${it.title}»` : "الخانة التلقائية"}: الموضع ${to + 1} من ${items.length} في ${listName(list)}.`);
    // The focus follows the piece; at an end of the list its button there is disabled, so the other one.
    if (focus)
      requestAnimationFrame(() => {
        const at = (dir: string) => formRef.current?.querySelector<HTMLButtonElement>(`[data-move="${list}:${to}:${dir}"]`);
        const b = at(focus);
        (b && !b.disabled ? b : at(focus === "up" ? "down" : "up"))?.focus();
      });
  }

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    e.preventDefault();
    const m = /^move:(top|pin-\d+):(\d+):(up|down)$/.exec(submitter?.value ?? "");
    if (m) {
      const index = Number(m[2]);
      move(m[1]!, index, m[3] === "up" ? index - 1 : index + 1, m[3] as "up" | "down");
      return;
    }
    const data = new FormData(e.currentTarget, submitter);
    startTransition(() => dispatch(data));
  };

  function slot(label: string, name: string, value: SlotPiece, where: Where, opts: { list?: string; index?: number; count?: number; sectionId?: number; auto: string }) {
    const { list, index = 0, count = 0 } = opts;
    const fieldValue = value?.id ? String(value.id) : "";
    return (
      <li
        key={`${name}-${index}`}
        className="front-slot"
        draggable={hydrated && !!list}
        onDragStart={list ? () => (drag.current = { list, index }) : undefined}
        onDragOver={list ? (e) => drag.current?.list === list && e.preventDefault() : undefined}
        onDrop={
          list
            ? (e) => {
                e.preventDefault();
                if (drag.current?.list === list) move(list, drag.current.index, index);
                drag.current = null;
              }
            : undefined
        }
        onKeyDown={
          list
            ? (e) => {
                if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
                e.preventDefault();
                move(list, index, e.key === "ArrowUp" ? index - 1 : index + 1, e.key === "ArrowUp" ? "up" : "down");
              }
            : undefined
        }
      >
        <div className="front-slot-head">
          <strong>{label}</strong>
          <span className="front-slot-title" data-testid={`slot-${name}-${index}`}>
            {value ? value.title : <span className="muted">{opts.auto}</span>}
            {value?.note && <small className="front-slot-note"> ({value.note})</small>}
          </span>
        </div>
        <div className="front-slot-tools">
          <label className="front-slot-id">
            <span>رقم القطعة</span>
            {opts.sectionId !== undefined && <input type="hidden" name="pinSection" value={opts.sectionId} />}
            <input
              name={opts.sectionId !== undefined ? "pin" : name}
              inputMode="numeric"
              dir="ltr"
              size={7}
              value={fieldValue}
              aria-label={`رقم القطعة: ${label}`}
              onChange={(e) => typed(where, e.target.value)}
            />
          </label>
          {hydrated && <PiecePicker label={label} sectionId={opts.sectionId} onPick={(p: Picked) => put(where, () => ({ id: p.id, title: p.title }))} />}
          {hydrated && value && (
            <button type="button" className="secondary" onClick={() => put(where, () => null)} aria-label={`اجعل ${label} تلقائياً`}>
              تلقائي
            </button>
          )}
          {list && (
            <span className="front-move">
              <button type="submit" name="intent" value={`move:${list}:${index}:up`} data-move={`${list}:${index}:up`} disabled={index === 0} aria-label={`انقل ${label} إلى أعلى`}>
                أعلى
              </button>
              <button type="submit" name="intent" value={`move:${list}:${index}:down`} data-move={`${list}:${index}:down`} disabled={index >= count - 1} aria-label={`انقل ${label} إلى أسفل`}>
                أسفل
              </button>
            </span>
          )}
        </div>
      </li>
    );
  }

  return (
    <form ref={formRef} action={dispatch} onSubmit={onSubmit} aria-label="ترتيب الصفحة الأولى" className="front-editor">
      <p className="visually-hidden" aria-live="polite" role="status">
        {announce}
      </p>
      <fieldset>
        <legend>الخبر الرئيسي</legend>
        <ul className="front-slots">{slot("الخبر الرئيسي", "lead", lead, { kind: "lead" }, { auto: "تلقائي: أحدث خبر بصورة" })}</ul>
        {error("lead") && <p className="field-error">{error("lead")}</p>}
      </fieldset>

      <fieldset>
        <legend>الأخبار البارزة تحت الرئيسي</legend>
        <label className="field front-count">
          <span>عددها</span>
          <select name="topCount" value={topCount} onChange={(e) => setTopCount(Number(e.target.value))}>
            <option value={2}>خبران</option>
            <option value={3}>ثلاثة أخبار</option>
            <option value={4}>أربعة أخبار</option>
          </select>
        </label>
        {hydrated && <p className="hint">رتّب بالسحب والإفلات، أو بزرّي «أعلى» و«أسفل»، أو بـ Alt مع السهمين.</p>}
        <ol className="front-slots">
          {top.slice(0, topCount).map((p, i) =>
            slot(`الخبر البارز ${ORDINALS[i]}`, "top", p, { kind: "top", i }, { list: "top", index: i, count: topCount, auto: "تلقائي: الأحدث بصورة مما لم يظهر" }),
          )}
        </ol>
        {/* The slots past the chosen count still post (empty) so the server reads them in order. */}
        {top.slice(topCount).map((p, i) => (
          <input key={`rest-${i}`} type="hidden" name="top" value={p?.id ? String(p.id) : ""} />
        ))}
        {error("top") && <p className="field-error">{error("top")}</p>}
      </fieldset>

      <fieldset>
        <legend>المثبّت في أقسام الصفحة</legend>
        <p className="hint">قطعتان على الأكثر فوق أحدث قطع كل قسم. الخانة الفارغة: الأحدث تلقائياً.</p>
        {initial.sections.map((s) => (
          // Folded unless something is pinned there: eight sections of two slots each are a long page.
          <details key={s.id} className="front-section" open={s.pins.some((p) => p !== null) || !!error("pins")}>
            <summary>
              {s.name}
              {(pins[s.id] ?? []).some((p) => p !== null) && <small className="muted"> (مثبّت: {(pins[s.id] ?? []).filter((p) => p !== null).length})</small>}
            </summary>
            <ol className="front-slots">
              {(pins[s.id] ?? [null, null]).map((p, i) =>
                slot(`المثبّتة ${i === 0 ? "الأولى" : "الثانية"} في ${s.name}`, `pin-${s.id}`, p, { kind: "pin", sid: s.id, i }, {
                  list: `pin-${s.id}`,
                  index: i,
                  count: 2,
                  sectionId: s.id,
                  auto: "تلقائي",
                }),
              )}
            </ol>
          </details>
        ))}
        {error("pins") && <p className="field-error">{error("pins")}</p>}
      </fieldset>

      <fieldset>
        <legend>شريط «عاجل»</legend>
        <p className="hint">يظهر أعلى الصفحة الأولى حتى موعد انتهائه، ثم يعود الشريط التلقائي. اترك النص فارغاً لإلغائه.</p>
        <label className="field">
          <span>النص</span>
          <input name="breakingText" defaultValue={initial.breaking.text} maxLength={200} />
          {error("breakingText") && <span className="field-error">{error("breakingText")}</span>}
        </label>
        <label className="field">
          <span>الرابط</span>
          <input name="breakingUrl" defaultValue={initial.breaking.url} dir="ltr" placeholder="/123/slug" />
          {error("breakingUrl") && <span className="field-error">{error("breakingUrl")}</span>}
        </label>
        <div className="front-when">
          <label className="field">
            <span>ينتهي يوم</span>
            <input type="date" name="breakingDay" defaultValue={initial.breaking.day} min={today} />
            {error("breakingDay") && <span className="field-error">{error("breakingDay")}</span>}
          </label>
          <label className="field">
            <span>الساعة (بغداد)</span>
            <input type="time" name="breakingTime" defaultValue={initial.breaking.time} />
            {error("breakingTime") && <span className="field-error">{error("breakingTime")}</span>}
          </label>
        </div>
      </fieldset>

      <div className="editor-actions front-actions">
        <button type="submit" name="intent" value="save" className="secondary" disabled={pending}>
          احفظ المسودة
        </button>
        <button type="submit" name="intent" value="preview" className="secondary" disabled={pending}>
          عاين
        </button>
        <button type="submit" name="intent" value="publish" disabled={pending}>
          انشر الآن
        </button>
        <details className="front-schedule">
          <summary>جدول النشر…</summary>
          <div className="front-when">
            <label className="field">
              <span>اليوم</span>
              <input type="date" name="publishDay" min={today} />
            </label>
            <label className="field">
              <span>الساعة (بغداد)</span>
              <input type="time" name="publishTime" />
            </label>
            <button type="submit" name="intent" value="schedule" disabled={pending}>
              جدول
            </button>
          </div>
          {(error("publishDay") || error("publishTime")) && <p className="field-error">{error("publishDay") ?? error("publishTime")}</p>}
        </details>
        {state && (
          <p className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}

"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/auth/action";
import { htmlToPlain, readingSummary } from "@/lib/articles/reading";
import { formatArabicDateTime } from "@/lib/dates/format";
import {
  archiveArticleAction,
  createArticleAction,
  latestArticleAction,
  publishArticleAction,
  saveArticleAction,
  scheduleArticleAction,
  submitArticleAction,
  unpublishArticleAction,
} from "./actions";
import { BylinePicker } from "@/components/admin/byline-picker.client";
import { ConfirmButton } from "@/components/admin/confirm-button.client";
import { ImageField } from "@/components/admin/image-field.client";
import { descriptionAdvice, SeoPreview, titleAdvice } from "@/components/admin/seo-preview";
import { TagPicker } from "@/components/admin/tag-picker.client";
import { ConflictPanel } from "./conflict-panel.client";
import { EMPTY_FIELDS, fieldsOf, type EditorFields } from "./editor-fields";
import { RichText } from "./rich-text.client";
import { usePresence } from "./use-presence";

type Opt = { id: number; name: string };
type Fields = EditorFields;
/** `schedule`: the Baghdad day and time a scheduled piece goes live (shown in the schedule fields). */
export type EditorArticle = Fields & { id: number; version: number; status: string; schedule?: { day: string; time: string } | null };
type Can = { edit: boolean; submit: boolean; publish: boolean; schedule: boolean; unpublish: boolean; archive: boolean; revisions: boolean };

const EMPTY = EMPTY_FIELDS;
type Latest = Fields & { version: number; savedBy: string | null; savedAt: string };
const AUTOSAVE_IDLE_MS = 3000;
const AUTOSAVE_STATUSES = ["draft", "in_review"];

// The browser keeps a copy of unsaved text (per piece, "new" before the first save) so a crash,
// a closed tab or a lost connection never loses a story; it is offered back on the next visit.
const localKey = (id: number | null) => `midad:editor:${id ?? "new"}`;
type LocalCopy = { fields: Fields; version: number; at: number };
function readLocal(id: number | null): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(localKey(id));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}
function writeLocal(id: number | null, copy: LocalCopy | null) {
  try {
    if (copy) window.localStorage.setItem(localKey(id), JSON.stringify(copy));
    else window.localStorage.removeItem(localKey(id));
  } catch {
    // Storage full or disabled: the server copy is still the record.
  }
}
const sameFields = (a: Fields, b: Fields) => JSON.stringify(a) === JSON.stringify(b);

type Props = { article: EditorArticle | null; options: { sections: Opt[]; supplements: Opt[]; authors: Opt[] }; tagNames: string[]; can: Can; siteHost: string };

export function ArticleEditor({ article, options, tagNames, can, siteHost }: Props) {
  const router = useRouter();
  // A new piece starts in the first section so that it can be saved as a draft at once.
  const initial: Fields = article ? fieldsOf(article) : { ...EMPTY, sectionId: options.sections[0]?.id ?? null };
  const [fields, setFields] = useState<Fields>(initial);
  const [dirty, setDirty] = useState(false);
  const [state, setState] = useState<ActionState>(null);
  const [pending, start] = useTransition();
  const [latest, setLatest] = useState<Latest | null>(null);
  const [pieceId, setPieceId] = useState<number | null>(article?.id ?? null);
  const others = usePresence(pieceId);
  const [recovery, setRecovery] = useState<LocalCopy | null>(null);
  const [bodyKey, setBodyKey] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflict = state && !state.ok && state.code === "conflict";
  // What the saves read: refs, so a save queued behind another sees the id and version it produced.
  const fieldsRef = useRef(initial);
  const idRef = useRef<number | null>(article?.id ?? null);
  const versionRef = useRef(article?.version ?? 0);
  const edits = useRef(0); // changes made in this editor
  const savedEdits = useRef(0); // changes the server has
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const createdHere = useRef(false);
  const status = article?.status ?? "draft";

  const set = <K extends keyof Fields>(k: K, v: Fields[K]) => {
    fieldsRef.current = { ...fieldsRef.current, [k]: v };
    setFields(fieldsRef.current);
    edits.current += 1;
    setDirty(true);
  };
  const payload = (f: Fields) => {
    const { imageUrl: _u, ...rest } = f;
    return { ...rest, sectionId: f.sectionId ?? 0 };
  };

  /**
   * One save at a time: an autosave and a manual save are queued, never sent together, so they
   * cannot conflict with each other. Text typed while a save is on its way stays "unsaved".
   */
  const save = useCallback(
    (autosave: boolean) => {
      const job = queue.current.then(async () => {
        const sent = edits.current;
        if (autosave && sent === savedEdits.current) return;
        const f = fieldsRef.current;
        const id = idRef.current;
        if (id === null) {
          const r = await createArticleAction(payload(f));
          setState(r);
          if (!r?.ok || !r.data) return;
          idRef.current = r.data.id;
          setPieceId(r.data.id);
          versionRef.current = 1;
          createdHere.current = true;
          writeLocal(null, null);
          window.history.replaceState(null, "", `/admin/articles/${r.data.id}`);
        } else {
          const r = await saveArticleAction({ id, version: versionRef.current, autosave, article: payload(f) });
          setState(r);
          if (r && !r.ok && r.code === "conflict") {
            // Someone saved first: fetch their version to show beside this text (nothing is overwritten).
            const l = await latestArticleAction(id);
            if (l?.ok && l.data) setLatest({ ...fieldsOf(l.data), version: l.data.version, savedBy: l.data.savedBy, savedAt: l.data.savedAt });
          }
          if (!r?.ok || !r.data) return;
          versionRef.current = r.data.version;
        }
        savedEdits.current = sent;
        if (edits.current === sent) {
          setDirty(false);
          writeLocal(idRef.current, null);
          // A piece created here opens in the full editor (review, publish…) after a manual save.
          if (!autosave && createdHere.current) router.replace(`/admin/articles/${idRef.current}`);
        }
      });
      queue.current = job.catch(() => undefined);
      return job;
    },
    [router],
  );

  // Autosave drafts (new ones too) after a few seconds of idle typing (coalesced into one revision on the server).
  useEffect(() => {
    // Only drafts autosave: a live piece changes for readers only when someone presses "حفظ".
    if (!AUTOSAVE_STATUSES.includes(status) || !dirty || conflict || !fields.title.trim() || !fields.sectionId) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => start(() => save(true)), AUTOSAVE_IDLE_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [fields, dirty, status, conflict, save]);

  // The local copy follows every change (lightly debounced) until the server has it.
  useEffect(() => {
    if (!dirty) return;
    const t = setTimeout(() => writeLocal(idRef.current, { fields: fieldsRef.current, version: versionRef.current, at: Date.now() }), 300);
    return () => clearTimeout(t);
  }, [fields, dirty]);

  // On opening, offer back unsaved text this browser kept from an earlier visit.
  useEffect(() => {
    const copy = readLocal(article?.id ?? null);
    if (copy && !sameFields(copy.fields, fieldsRef.current)) setRecovery(copy);
    else if (copy) writeLocal(article?.id ?? null, null);
  }, [article?.id]);

  /** After a conflict: load the latest saved version; this text stays in the local copy and is offered back. */
  const openLatest = () => {
    if (!latest) return;
    const mine = fieldsRef.current;
    writeLocal(idRef.current, { fields: mine, version: latest.version, at: Date.now() });
    fieldsRef.current = fieldsOf(latest);
    setFields(fieldsRef.current);
    versionRef.current = latest.version;
    savedEdits.current = edits.current;
    setDirty(false);
    setBodyKey((k) => k + 1);
    setRecovery({ fields: mine, version: latest.version, at: Date.now() });
    setLatest(null);
    setState({ ok: true, message: "فُتحت أحدث نسخة. نصك محفوظ في هذا المتصفح: «استعادة النص غير المحفوظ» أعلى الصفحة يعيده." });
  };
  /** After a conflict: save this text over the latest version, knowingly (the latest stays in the revisions). */
  const keepMine = () => {
    if (!latest) return;
    versionRef.current = latest.version;
    setLatest(null);
    start(() => save(false));
  };

  const restoreLocal = () => {
    if (!recovery) return;
    fieldsRef.current = recovery.fields;
    setFields(recovery.fields);
    edits.current += 1;
    setDirty(true);
    setBodyKey((k) => k + 1);
    setRecovery(null);
  };
  const dropLocal = () => {
    writeLocal(idRef.current, null);
    setRecovery(null);
  };

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!dirty) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const run = (fn: (id: number) => Promise<ActionState>) =>
    start(async () => {
      if (edits.current !== savedEdits.current) {
        await save(false);
        if (edits.current !== savedEdits.current) return;
      }
      const r = await fn(idRef.current!);
      setState(r);
      if (r?.ok) router.refresh();
    });

  const [day, setDay] = useState(article?.schedule?.day ?? "");
  const [time, setTime] = useState(article?.schedule?.time ?? "");
  const err = (k: string) => (state && !state.ok ? state.errors?.[k] : undefined);
  const fieldError = (k: string) => err(k) && <span className="field-error">{err(k)}</span>;

  return (
    <form className="editor-grid" onSubmit={(e) => (e.preventDefault(), start(() => save(false)))}>
      <div>
        {recovery && (
          <div className="notice" role="alert" data-testid="editor-recovery">
            <p>
              وُجد نص لم يُحفظ من زيارة سابقة ({formatArabicDateTime(new Date(recovery.at))}).
            </p>
            <button type="button" onClick={restoreLocal}>
              استعادة النص غير المحفوظ
            </button>{" "}
            <button type="button" className="secondary" onClick={dropLocal}>
              تجاهله
            </button>
          </div>
        )}
        {others.length > 0 && (
          <p className="presence" role="status" data-testid="editor-presence">
            يحرّر هذه القطعة الآن: {others.join("، ")}. احفظ كثيراً، أو نسّق معه قبل تعديلات كبيرة.
          </p>
        )}
        <div className="field">
          <label htmlFor="f-kicker">العنوان التمهيدي</label>
          <input id="f-kicker" value={fields.kicker} onChange={(e) => set("kicker", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="f-title">العنوان</label>
          <input id="f-title" value={fields.title} onChange={(e) => set("title", e.target.value)} required />
          {fieldError("title")}
        </div>
        <div className="field">
          <label htmlFor="f-excerpt">المقتطف</label>
          <textarea id="f-excerpt" rows={2} value={fields.excerpt} onChange={(e) => set("excerpt", e.target.value)} />
        </div>
        <div className="field">
          <span>النص</span>
          <RichText key={bodyKey} initialHtml={fields.bodyHtml} onChange={(html) => set("bodyHtml", html)} />
          <span className="hint" data-testid="word-count" aria-live="off">
            {readingSummary(htmlToPlain(fields.bodyHtml))}
          </span>
        </div>
        <div className="editor-actions">
          {latest && conflict && <ConflictPanel latest={latest} mine={fields} options={options} onOpenLatest={openLatest} onKeepMine={keepMine} />}
          <button type="submit" disabled={pending}>
            حفظ
          </button>
          {can.submit && (
            <button type="button" className="secondary" disabled={pending} onClick={() => run((id) => submitArticleAction(id))}>
              إرسال للمراجعة
            </button>
          )}
          {can.publish && (
            <button type="button" disabled={pending} onClick={() => run((id) => publishArticleAction(id))}>
              نشر الآن
            </button>
          )}
          {can.unpublish &&
            (status === "scheduled" ? (
              <ConfirmButton
                label="إلغاء الجدولة"
                question="يعود المقال مسودة ولن يُنشر في الموعد المحدد. يمكنك جدولته من جديد لاحقاً."
                confirmLabel="نعم، ألغِ الجدولة"
                disabled={pending}
                onConfirm={() => run((id) => unpublishArticleAction(id))}
              />
            ) : (
              <ConfirmButton
                label="إلغاء النشر"
                question="سيختفي المقال عن القرّاء فوراً (الصفحة والأقسام والخلاصات) ويعود مسودة."
                confirmLabel="نعم، ألغِ النشر"
                disabled={pending}
                onConfirm={() => run((id) => unpublishArticleAction(id))}
              />
            ))}
          {can.archive && (
            <ConfirmButton
              label="أرشفة"
              question={status === "published" ? "سيختفي المقال عن القرّاء ويُنقل إلى الأرشيف." : "يُنقل المقال إلى الأرشيف ويخرج من قوائم العمل."}
              confirmLabel="نعم، أرشِف المقال"
              disabled={pending}
              onConfirm={() => run((id) => archiveArticleAction(id))}
            />
          )}
          <span
            className={`editor-status${state && !state.ok ? " is-error" : !dirty && state?.ok ? " is-ok" : ""}`}
            role={state && !state.ok ? "alert" : "status"}
            data-testid="editor-message"
          >
            {state && !state.ok ? state.message : pending ? "جارٍ الحفظ…" : dirty ? "تغييرات غير محفوظة" : (state?.message ?? "")}
          </span>
        </div>
        {can.schedule && (
          <fieldset className="filters">
            <legend>الجدولة (بتوقيت بغداد)</legend>
            <label className="field">
              <span>التاريخ</span>
              <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
            </label>
            <label className="field">
              <span>الوقت</span>
              <input type="time" value={time} onChange={(e) => setTime(e.target.value)} />
            </label>
            <button type="button" disabled={pending} onClick={() => run((id) => scheduleArticleAction({ id, day, time }))}>
              جدولة
            </button>
          </fieldset>
        )}
      </div>
      <aside className="editor-side">
        <div className="field">
          <label htmlFor="f-section">القسم</label>
          <select id="f-section" value={fields.sectionId ?? ""} onChange={(e) => set("sectionId", Number(e.target.value) || null)}>
            <option value="">— اختر —</option>
            {options.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {fieldError("sectionId")}
        </div>
        <BylinePicker authors={options.authors} value={fields.authorIds} onChange={(ids) => set("authorIds", ids)} />
        <TagPicker existing={tagNames} value={fields.tagNames} onChange={(names) => set("tagNames", names)} />
        <div className="field">
          <label htmlFor="f-dateline">سطر المكان</label>
          <input id="f-dateline" value={fields.dateline} placeholder="بغداد/ …" onChange={(e) => set("dateline", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="f-slug">الرابط المختصر</label>
          <input id="f-slug" value={fields.slug} onChange={(e) => set("slug", e.target.value)} />
        </div>
        <ImageField
          imageUrl={fields.imageUrl}
          onUploaded={(m) => {
            set("imageId", m.id);
            set("imageUrl", m.url);
            // A library image brings its description; the piece may still word it its own way.
            if (m.alt && !fields.imageAlt.trim()) set("imageAlt", m.alt);
          }}
          onRemove={() => (set("imageId", null), set("imageUrl", null))}
        />
        <div className="field">
          <label htmlFor="f-caption">تعليق الصورة</label>
          <input id="f-caption" value={fields.imageCaption} onChange={(e) => set("imageCaption", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="f-alt">النص البديل للصورة</label>
          <input id="f-alt" value={fields.imageAlt} onChange={(e) => set("imageAlt", e.target.value)} />
          <span className="hint">مطلوب قبل النشر إن وُجدت صورة.</span>
          {fieldError("imageAlt")}
        </div>
        <div className="field">
          <label htmlFor="f-supplement">الملحق</label>
          <select id="f-supplement" value={fields.supplementId ?? ""} onChange={(e) => set("supplementId", Number(e.target.value) || null)}>
            <option value="">— بلا —</option>
            {options.supplements.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <label>
          <input type="checkbox" checked={fields.breaking} onChange={(e) => set("breaking", e.target.checked)} /> خبر عاجل
        </label>
        <label>
          <input type="checkbox" checked={fields.commentsOpen} onChange={(e) => set("commentsOpen", e.target.checked)} /> التعليقات مفتوحة
        </label>
        <div className="field">
          <label htmlFor="f-seo-title">عنوان محركات البحث</label>
          <input id="f-seo-title" value={fields.seoTitle} onChange={(e) => set("seoTitle", e.target.value)} />
          <span className={`hint advice-${titleAdvice(fields.seoTitle.length).tone}`}>{titleAdvice(fields.seoTitle.length).text}</span>
        </div>
        <div className="field">
          <label htmlFor="f-seo-desc">وصف محركات البحث</label>
          <textarea id="f-seo-desc" rows={3} value={fields.seoDescription} onChange={(e) => set("seoDescription", e.target.value)} />
          <span className={`hint advice-${descriptionAdvice(fields.seoDescription.length).tone}`}>{descriptionAdvice(fields.seoDescription.length).text}</span>
        </div>
        <SeoPreview
          title={fields.seoTitle || fields.title}
          description={fields.seoDescription || fields.excerpt}
          host={siteHost}
          path={pieceId ? `/${pieceId}/${fields.slug || "…"}` : "/…"}
          imageUrl={fields.imageUrl}
        />
      </aside>
    </form>
  );
}

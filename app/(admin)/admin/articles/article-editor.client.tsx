"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/auth/action";
import { SEO_DESCRIPTION_HINT, SEO_TITLE_HINT } from "@/lib/articles/schema";
import {
  archiveArticleAction,
  createArticleAction,
  publishArticleAction,
  saveArticleAction,
  scheduleArticleAction,
  submitArticleAction,
  unpublishArticleAction,
} from "./actions";
import { ImageField } from "@/components/admin/image-field.client";
import { RichText } from "./rich-text.client";

type Opt = { id: number; name: string };
type Fields = {
  title: string; slug: string; kicker: string; excerpt: string; bodyHtml: string; dateline: string; sectionId: number | null; supplementId: number | null;
  tagNames: string[]; authorIds: number[]; imageId: number | null; imageUrl: string | null; imageCaption: string; imageAlt: string;
  breaking: boolean; commentsOpen: boolean; seoTitle: string; seoDescription: string;
};
export type EditorArticle = Fields & { id: number; version: number; status: string };
type Can = { edit: boolean; submit: boolean; publish: boolean; schedule: boolean; unpublish: boolean; archive: boolean; revisions: boolean };

const EMPTY: Fields = { title: "", slug: "", kicker: "", excerpt: "", bodyHtml: "", dateline: "", sectionId: null, supplementId: null, tagNames: [], authorIds: [], imageId: null, imageUrl: null, imageCaption: "", imageAlt: "", breaking: false, commentsOpen: true, seoTitle: "", seoDescription: "" };
const AUTOSAVE_IDLE_MS = 3000;
const AUTOSAVE_STATUSES = ["draft", "in_review"];

export function ArticleEditor({ article, options, can }: { article: EditorArticle | null; options: { sections: Opt[]; supplements: Opt[]; authors: Opt[] }; can: Can }) {
  const router = useRouter();
  const [fields, setFields] = useState<Fields>(article ?? EMPTY);
  const [version, setVersion] = useState(article?.version ?? 0);
  const [dirty, setDirty] = useState(false);
  const [state, setState] = useState<ActionState>(null);
  const [pending, start] = useTransition();
  const [tagDraft, setTagDraft] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflict = state && !state.ok && state.code === "conflict";

  const set = <K extends keyof Fields>(k: K, v: Fields[K]) => {
    setFields((f) => ({ ...f, [k]: v }));
    setDirty(true);
  };
  const payload = (f: Fields) => {
    const { imageUrl: _u, ...rest } = f;
    return { ...rest, sectionId: f.sectionId ?? 0 };
  };

  const save = useCallback(
    async (autosave: boolean) => {
      if (!article) {
        const r = await createArticleAction(payload(fields));
        setState(r);
        if (r?.ok && r.data) {
          setDirty(false);
          router.replace(`/admin/articles/${r.data.id}`);
        }
        return;
      }
      const r = await saveArticleAction({ id: article.id, version, autosave, article: payload(fields) });
      setState(r);
      if (r?.ok && r.data) {
        setVersion(r.data.version);
        setDirty(false);
      }
    },
    [article, fields, version, router],
  );

  // Autosave drafts after a few seconds of idle typing (coalesced into one revision on the server).
  useEffect(() => {
    // Only drafts autosave: a live piece changes for readers only when someone presses "حفظ".
    if (!article || !AUTOSAVE_STATUSES.includes(article.status) || !dirty || conflict || !fields.title.trim() || !fields.sectionId) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => start(() => save(true)), AUTOSAVE_IDLE_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [fields, dirty, article, conflict, save]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!dirty) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const run = (fn: () => Promise<ActionState>) =>
    start(async () => {
      if (dirty && article) {
        const r = await saveArticleAction({ id: article.id, version, autosave: false, article: payload(fields) });
        setState(r);
        if (!r?.ok) return;
        if (r.data) setVersion(r.data.version);
        setDirty(false);
      }
      const r = await fn();
      setState(r);
      if (r?.ok) router.refresh();
    });

  const [day, setDay] = useState("");
  const [time, setTime] = useState("");
  const err = (k: string) => (state && !state.ok ? state.errors?.[k] : undefined);
  const fieldError = (k: string) => err(k) && <span className="field-error">{err(k)}</span>;

  return (
    <form className="editor-grid" onSubmit={(e) => (e.preventDefault(), start(() => save(false)))}>
      <div>
        {state && (
          <p className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"} data-testid="editor-message">
            {state.message}
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
          <RichText initialHtml={fields.bodyHtml} onChange={(html) => set("bodyHtml", html)} />
        </div>
        <div className="editor-actions">
          <button type="submit" disabled={pending}>
            حفظ
          </button>
          {can.submit && (
            <button type="button" className="secondary" disabled={pending} onClick={() => run(() => submitArticleAction(article!.id))}>
              إرسال للمراجعة
            </button>
          )}
          {can.publish && (
            <button type="button" disabled={pending} onClick={() => run(() => publishArticleAction(article!.id))}>
              نشر الآن
            </button>
          )}
          {can.unpublish && (
            <button type="button" className="secondary" disabled={pending} onClick={() => run(() => unpublishArticleAction(article!.id))}>
              إلغاء النشر
            </button>
          )}
          {can.archive && (
            <button type="button" className="secondary" disabled={pending} onClick={() => run(() => archiveArticleAction(article!.id))}>
              أرشفة
            </button>
          )}
          <span className="hint" aria-live="polite">
            {pending ? "جارٍ الحفظ…" : dirty ? "تغييرات غير محفوظة" : ""}
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
            <button type="button" disabled={pending} onClick={() => run(() => scheduleArticleAction({ id: article!.id, day, time }))}>
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
        <div className="field">
          <label htmlFor="f-authors">الكتّاب</label>
          <select id="f-authors" multiple size={4} value={fields.authorIds.map(String)} onChange={(e) => set("authorIds", [...e.target.selectedOptions].map((o) => Number(o.value)))}>
            {options.authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-tag">الوسوم</label>
          <ul className="tag-chips">
            {fields.tagNames.map((t) => (
              <li key={t}>
                {t}{" "}
                <button type="button" className="secondary" aria-label={`إزالة ${t}`} onClick={() => set("tagNames", fields.tagNames.filter((x) => x !== t))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <input
            id="f-tag"
            value={tagDraft}
            placeholder="اكتب وسماً ثم Enter"
            onChange={(e) => setTagDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== "Enter") return;
              e.preventDefault();
              const t = tagDraft.trim();
              if (t && !fields.tagNames.includes(t)) set("tagNames", [...fields.tagNames, t]);
              setTagDraft("");
            }}
          />
        </div>
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
          onUploaded={(m) => (set("imageId", m.id), set("imageUrl", m.url))}
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
          <span className="hint">
            {fields.seoTitle.length} / {SEO_TITLE_HINT} حرفاً مقترحاً
          </span>
        </div>
        <div className="field">
          <label htmlFor="f-seo-desc">وصف محركات البحث</label>
          <textarea id="f-seo-desc" rows={3} value={fields.seoDescription} onChange={(e) => set("seoDescription", e.target.value)} />
          <span className="hint">
            {fields.seoDescription.length} / {SEO_DESCRIPTION_HINT} حرفاً مقترحاً
          </span>
        </div>
      </aside>
    </form>
  );
}

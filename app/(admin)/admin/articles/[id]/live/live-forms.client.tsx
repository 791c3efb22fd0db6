"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { ConfirmButton } from "@/components/admin/confirm-button.client";
import { EntityForm } from "@/components/admin/entity-form.client";
import { ImageField } from "@/components/admin/image-field.client";
import type { ActionState } from "@/lib/auth/action";
import { RichText } from "../../rich-text.client";
import { addLiveUpdateAction, deleteLiveUpdateAction, editLiveUpdateAction, endLiveAction, startLiveAction } from "./actions";

/** «ابدأ التغطية المباشرة» / «أنهِ التغطية المباشرة»: ending asks first (readers stop getting updates). */
export function LiveSwitch({ articleId, live, resumable }: { articleId: number; live: boolean; resumable: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [state, setState] = useState<ActionState>(null);
  const run = (action: typeof startLiveAction) =>
    start(async () => {
      const form = new FormData();
      form.set("articleId", String(articleId));
      const r = await action(null, form);
      setState(r);
      if (r?.ok) router.refresh();
    });
  return (
    <div className="live-switch">
      {live ? (
        <ConfirmButton
          label="أنهِ التغطية المباشرة"
          question="ستتوقف إضافة التحديثات ويصير الخبر مقالة عادية تبقى فيها التحديثات المنشورة. يمكنك استئناف التغطية لاحقاً."
          confirmLabel="نعم، أنهِ التغطية"
          disabled={pending}
          onConfirm={() => run(endLiveAction)}
          fallback={<EntityForm action={endLiveAction} fields={[]} hidden={{ articleId }} submitLabel="أنهِ التغطية المباشرة" />}
        />
      ) : (
        <button type="button" disabled={pending} onClick={() => run(startLiveAction)}>
          {resumable ? "استأنف التغطية المباشرة" : "ابدأ التغطية المباشرة"}
        </button>
      )}
      {state && (
        <p className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      )}
    </div>
  );
}

type UpdateValues = { id: number; bodyHtml: string; keyEvent: boolean; embedUrl: string | null; imageId: number | null; imageAlt: string | null; imageUrl: string | null };

/** A new update (articleId) or an edit of one (update). The text uses the smaller body editor. */
export function UpdateForm({ articleId, update, onDone }: { articleId?: number; update?: UpdateValues; onDone?: () => void }) {
  const uid = useId();
  const router = useRouter();
  const [state, setState] = useState<ActionState>(null);
  const [pending, startTransition] = useTransition();
  const [body, setBody] = useState(update?.bodyHtml ?? "");
  const [image, setImage] = useState<{ id: number; url: string } | null>(update?.imageId && update.imageUrl ? { id: update.imageId, url: update.imageUrl } : null);
  const [round, setRound] = useState(0);
  // Sent by hand so a refused update keeps what was typed; a published one clears the form.
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    startTransition(async () => {
      const r = await (update ? editLiveUpdateAction : addLiveUpdateAction)(null, data);
      setState(r);
      if (!r?.ok) return;
      router.refresh();
      if (update) onDone?.();
      else {
        form.reset();
        setBody("");
        setImage(null);
        setRound((n) => n + 1);
      }
    });
  };
  const err = (k: string) => (state && !state.ok ? state.errors?.[k] : undefined);
  return (
    <form onSubmit={onSubmit} className="live-update-form" aria-label={update ? "تعديل التحديث" : "تحديث جديد"}>
      {articleId != null && <input type="hidden" name="articleId" value={articleId} />}
      {update && <input type="hidden" name="id" value={update.id} />}
      <input type="hidden" name="bodyHtml" value={body} />
      <input type="hidden" name="imageId" value={image?.id ?? ""} />
      <div className="field">
        <span>نص التحديث</span>
        <RichText key={round} initialHtml={update?.bodyHtml ?? ""} onChange={setBody} label="نص التحديث" compact />
        {err("bodyHtml") && <span className="field-error">{err("bodyHtml")}</span>}
      </div>
      <label className="field checkbox">
        <input type="checkbox" name="keyEvent" defaultChecked={update?.keyEvent ?? false} /> حدث رئيسي (يظهر في قائمة أبرز الأحداث أعلى الصفحة)
      </label>
      <label className="field">
        <span>رابط تضمين (اختياري)</span>
        <input name="embedUrl" type="url" dir="ltr" defaultValue={update?.embedUrl ?? ""} placeholder="https://www.youtube.com/watch?v=…" aria-describedby={`${uid}-embed-hint`} />
        <span className="hint" id={`${uid}-embed-hint`}>
          يوتيوب أو فيميو أو إكس أو فيسبوك أو إنستغرام أو تيك توك أو ساوند كلاود أو خرائط غوغل.
        </span>
        {err("embedUrl") && <span className="field-error">{err("embedUrl")}</span>}
      </label>
      <ImageField id={`${uid}-image`} label="صورة (اختيارية)" imageUrl={image?.url ?? null} onUploaded={setImage} onRemove={() => setImage(null)} />
      {image && (
        <label className="field">
          <span>وصف الصورة (النص البديل)</span>
          <input name="imageAlt" defaultValue={update?.imageAlt ?? ""} />
        </label>
      )}
      {err("imageId") && <span className="field-error">{err("imageId")}</span>}
      <div className="actions">
        <button type="submit" disabled={pending}>
          {update ? "احفظ التعديل" : "انشر التحديث"}
        </button>
        {update && onDone && (
          <button type="button" className="secondary" onClick={onDone}>
            إلغاء
          </button>
        )}
      </div>
      {state && (
        <p className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      )}
    </form>
  );
}

/** «عدّل» opens the update's form in place; «احذف» asks first. */
export function UpdateTools({ update, label }: { update: UpdateValues; label: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  if (editing) return <UpdateForm update={update} onDone={() => setEditing(false)} />;
  return (
    <div className="live-update-tools">
      <button type="button" className="secondary" aria-label={`عدّل التحديث: ${label}`} onClick={() => setEditing(true)}>
        عدّل
      </button>
      <ConfirmButton
        label="احذف"
        ariaLabel={`احذف التحديث: ${label}`}
        question="سيختفي هذا التحديث من صفحة القراء. يبقى أثره في سجل التدقيق."
        confirmLabel="نعم، احذف التحديث"
        className="danger"
        disabled={pending}
        onConfirm={() =>
          start(async () => {
            const form = new FormData();
            form.set("id", String(update.id));
            const r = await deleteLiveUpdateAction(null, form);
            setMessage(r?.message ?? null);
            if (r?.ok) router.refresh();
          })
        }
        fallback={<EntityForm action={deleteLiveUpdateAction} fields={[]} hidden={{ id: update.id }} submitLabel="احذف" title={`حذف التحديث: ${label}`} />}
      />
      {message && <span role="status"> {message}</span>}
    </div>
  );
}

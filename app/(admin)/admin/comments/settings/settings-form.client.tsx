"use client";

import { useKeptForm } from "@/components/admin/use-kept-form";
import { updateCommentSettings } from "./actions";

type Initial = { commentPolicy: "pre" | "post"; reportThreshold: number; commentAutoCloseDays: number | null; bannedWords: string; suspectWords: string };

export function SettingsForm({ initial }: { initial: Initial }) {
  const { state, pending, form } = useKeptForm(updateCommentSettings);
  const errors = state && !state.ok ? (state.errors ?? {}) : {};
  const err = (f: string) => errors[f] && <span className="field-error">{errors[f]}</span>;
  return (
    <form {...form}>
      {state && (
        <p className={state.ok ? "notice" : "form-error"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      )}
      <fieldset className="field">
        <legend>سياسة الإشراف</legend>
        <label>
          <input type="radio" name="commentPolicy" value="pre" defaultChecked={initial.commentPolicy === "pre"} /> إشراف مسبق: لا يظهر التعليق قبل قبوله
        </label>
        <label>
          <input type="radio" name="commentPolicy" value="post" defaultChecked={initial.commentPolicy === "post"} /> إشراف لاحق: يظهر فوراً ويمكن حذفه
        </label>
        {err("commentPolicy")}
      </fieldset>
      <div className="field">
        <label htmlFor="reportThreshold">عدد البلاغات الذي ينقل التعليق إلى طابور البلاغات</label>
        <input id="reportThreshold" name="reportThreshold" type="number" min={1} defaultValue={initial.reportThreshold} />
        {err("reportThreshold")}
      </div>
      <div className="field">
        <label htmlFor="commentAutoCloseDays">إغلاق التعليقات بعد (أيام من النشر؛ فارغ: لا تُغلق)</label>
        <input id="commentAutoCloseDays" name="commentAutoCloseDays" type="number" min={1} defaultValue={initial.commentAutoCloseDays ?? ""} />
        {err("commentAutoCloseDays")}
      </div>
      <p className="hint" id="word-list-help">
        تُلتقط الكلمة بصيغها: مع «ال» وحروف العطف والجر (و، ف، ب، ك، ل) والضمائر المتصلة والتأنيث والتثنية والجمع، ومع التشكيل والتطويل
        والحروف المتشابهة والمحارف الخفية والحروف المفرّقة أو المكررة والكتابة بالحروف اللاتينية والأرقام. ضع «=» أول السطر (مثل
        «=نصاب») لتُلتقط الكلمة كما كُتبت فقط، دون صيغها، إذا كانت صيغها بريئة («النصاب» القانوني).
      </p>
      <div className="field">
        <label htmlFor="bannedWords">كلمات محظورة (يُرفض التعليق) — كلمة أو عبارة في كل سطر</label>
        <textarea id="bannedWords" name="bannedWords" rows={6} defaultValue={initial.bannedWords} aria-describedby="word-list-help" dir="rtl" />
        {err("bannedWords")}
      </div>
      <div className="field">
        <label htmlFor="suspectWords">كلمات مشبوهة (يُحجز التعليق للمراجعة) — كلمة أو عبارة في كل سطر</label>
        <textarea id="suspectWords" name="suspectWords" rows={6} defaultValue={initial.suspectWords} aria-describedby="word-list-help" dir="rtl" />
        {err("suspectWords")}
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "جارٍ الحفظ…" : "احفظ"}
      </button>
    </form>
  );
}

import { counted, type CountForms } from "@/lib/arabic/plural";
import { WEBHOOK_EVENT_LABELS, type WebhookEvent } from "@/lib/webhooks/event-types";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { formatArabicDateTime } from "@/lib/dates/format";
import { SOCIAL_NETWORKS } from "@/lib/settings/social";
import { AUDIT_KINDS, isAuditAction, type AuditAction } from "./kinds";

// One audit entry as an Arabic sentence: «سارة نشرت…» reads as «سارة نشر مقالة «…»» (the
// verb in the default masculine: the log does not know anyone's grammatical gender, decision
// 140), with links to the person and the object. Pure: the objects' current names come in
// `refs` (lib/audit/refs.ts); an object deleted since reads from the name saved with the
// event. Nothing here ever prints a key, an id or JSON.

export type Part = string | { text: string; href?: string };
export type Sentence = { parts: Part[]; details: string[] };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string | null;
  detail: string | null;
  actorId: string | null;
  actorName: string | null;
};

type Named = { name: string };
export type AuditRefs = {
  users: Map<string, Named>;
  articles: Map<number, { title: string }>;
  comments: Map<number, { authorName: string; articleId: number; articleTitle: string }>;
  sections: Map<number, Named>;
  tags: Map<number, Named>;
  supplements: Map<number, Named>;
  authors: Map<number, Named>;
  invitations: Map<number, { name: string; email: string }>;
  mail: Map<number, { subject: string; to: string }>;
  media: Map<number, { path: string }>;
  apiKeys: Map<number, Named>;
};

export function emptyRefs(): AuditRefs {
  return { users: new Map(), articles: new Map(), comments: new Map(), sections: new Map(), tags: new Map(), supplements: new Map(), authors: new Map(), invitations: new Map(), mail: new Map(), media: new Map(), apiKeys: new Map() };
}

const TIMES: CountForms = { zero: "# مرة", one: "مرة واحدة", two: "مرتين", few: "# مرات", many: "# مرة", other: "# مرة" };
const SESSIONS: CountForms = { zero: "لم تكن هناك جلسات أخرى", one: "انتهت جلسة واحدة", two: "انتهت جلستان", few: "انتهت # جلسات", many: "انتهت # جلسة", other: "انتهت # جلسة" };
const DAYS: CountForms = { zero: "# يوم", one: "يوم واحد", two: "يومين", few: "# أيام", many: "# يوماً", other: "# يوم" };

const STATUS: Record<string, string> = { draft: "مسودة", in_review: "قيد المراجعة", scheduled: "مجدولة", published: "منشورة", archived: "مؤرشفة" };
const POLICY: Record<string, string> = { pre: "مراجعة قبل النشر", post: "نشر ثم مراجعة", default: "إعداد الموقع" };
const SETTINGS: Record<string, string> = {
  siteName: "اسم الموقع",
  /** A setting removed in issue 12 (decision 145); older entries still name it. */
  timezone: "المنطقة الزمنية",
  mailFrom: "عنوان مرسل البريد",
  twoFactorRequiredFor: "التحقق بخطوتين إلزامي لـ",
  siteDescription: "الشعار النصي",
  logoId: "الشعار",
  ...Object.fromEntries(SOCIAL_NETWORKS.map((n) => [n.key, n.field])),
  commentPolicyText: "نص سياسة التعليقات",
  contactEmail: "بريد التواصل",
  contactPhone: "هاتف التواصل",
  contactAddress: "العنوان البريدي",
};
const TWO_FACTOR_POLICY: Record<string, string> = { none: "لا أحد", admins: "المديرون", editors: "المديرون والمحررون", everyone: "الجميع" };
const COMMENT_SETTINGS: Record<string, string> = {
  commentPolicy: "سياسة الإشراف",
  reportThreshold: "عدد البلاغات لإخفاء تعليق",
  commentAutoCloseDays: "إغلاق التعليقات بعد",
  bannedWords: "الكلمات المحظورة",
  suspectWords: "الكلمات المشبوهة",
};

function parseDetail(raw: string | null): Record<string, unknown> {
  if (!raw) return {};
  try {
    const v: unknown = JSON.parse(raw);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : null);
const role = (v: unknown): string => (typeof v === "string" && v in ROLE_LABELS ? ROLE_LABELS[v as keyof typeof ROLE_LABELS] : "غير معروف");
/** Quoted, and isolated so a Latin value (a time zone, an address) keeps its place in the Arabic line. */
const quoted = (s: string) => `«\u2068${s}\u2069»`;
/** A short, printable value; long texts and lists are named, not quoted. */
function shortValue(v: unknown): string | null {
  if (typeof v === "boolean") return v ? "نعم" : "لا";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v === "" ? "فارغ" : v.length <= 60 && !v.includes("\n") ? quoted(v) : null;
  return null;
}

export function describe(e: AuditEntry, refs: AuditRefs): Sentence {
  const d = parseDetail(e.detail);
  const id = e.entityId;
  const n = id && /^\d+$/.test(id) ? Number(id) : null;
  const details: string[] = [];

  const person = (userId: string | null, fallback: string): Part => {
    const u = userId ? refs.users.get(userId) : undefined;
    return u ? { text: u.name, href: `/admin/staff#user-${userId}` } : fallback;
  };
  const actor: Part = e.actorId ? person(e.actorId, e.actorName ?? "حساب محذوف") : "النظام";
  const target: Part = e.entityType === "user" ? person(id, str(d.name) ?? "حساب محذوف") : "حساب محذوف";

  const article = (articleId: number | null = n): Part[] => {
    const a = articleId == null ? undefined : refs.articles.get(articleId);
    if (a) return ["مقالة «", { text: a.title, href: `/admin/articles/${articleId}` }, "»"];
    const title = str(d.title);
    return title ? [`مقالة «${title}» (محذوفة)`] : ["مقالة محذوفة"];
  };
  const comment = (): Part[] => {
    const c = n == null ? undefined : refs.comments.get(n);
    if (!c) return ["تعليقاً محذوفاً"];
    return [{ text: `تعليق ${c.authorName}`, href: `/admin/comments/${n}` }, " على «", { text: c.articleTitle, href: `/admin/articles/${c.articleId}` }, "»"];
  };
  const taxon = (map: Map<number, Named>, noun: string, href: string): Part[] => {
    const t = n == null ? undefined : map.get(n);
    if (t) return [`${noun} «`, { text: t.name, href }, "»"];
    const name = str(d.name);
    return [name ? `${noun} «${name}» (محذوف)` : `${noun} محذوف`];
  };
  const invitation = (): Part => {
    const i = n == null ? undefined : refs.invitations.get(n);
    const email = i?.email ?? str(d.email);
    return email ? { text: i ? `${i.name} (${email})` : email, href: "/admin/staff" } : "دعوة محذوفة";
  };

  const action: AuditAction | null = isAuditAction(e.action) ? e.action : null;
  let parts: Part[];
  switch (action) {
    case "article.create":
      parts = [actor, " أنشأ ", ...article()];
      break;
    case "article.edit": {
      parts = [actor, " عدّل ", ...article()];
      const saves = num(d.saves) ?? 0;
      const autosaves = num(d.autosaves) ?? 0;
      const total = saves + autosaves;
      if (total > 0) details.push(autosaves > 0 ? `حُفظت ${counted(total, TIMES)}، منها ${counted(autosaves, TIMES)} تلقائياً` : `حُفظت ${counted(total, TIMES)}`);
      const fields = Array.isArray(d.fields) ? d.fields.filter((f): f is string => typeof f === "string") : [];
      if (fields.length) details.push(`ما تغيّر: ${fields.join("، ")}`);
      break;
    }
    case "article.submit":
      parts = [actor, " أرسل ", ...article(), " للمراجعة"];
      break;
    case "article.publish":
      parts = [actor, " نشر ", ...article()];
      break;
    case "article.schedule": {
      const at = str(d.publishAt);
      parts = [actor, " جدول ", ...article(), at && !Number.isNaN(Date.parse(at)) ? ` للنشر في ${formatArabicDateTime(new Date(at))}` : " للنشر"];
      break;
    }
    case "article.publish_scheduled":
      parts = ["نُشرت ", ...article(), " في موعدها المجدول"];
      break;
    case "article.unpublish":
      // Entries written before «إلغاء الجدولة» had a kind of its own said so with `from`.
      parts = d.from === "scheduled" ? [actor, " ألغى جدولة ", ...article()] : [actor, " ألغى نشر ", ...article(), " وأعادها مسودة"];
      break;
    case "article.unschedule":
      parts = [actor, " ألغى جدولة ", ...article(), " وأعادها مسودة"];
      break;
    case "article.archive":
      parts = [actor, " أرشف ", ...article()];
      if (typeof d.from === "string" && STATUS[d.from]) details.push(`كانت ${STATUS[d.from]}`);
      break;
    case "article.restore":
      parts = [actor, " استعاد نسخة سابقة من ", ...article()];
      break;
    case "article.delete":
      parts = [actor, " حذف ", ...article()];
      break;
    case "live.start":
      parts = [actor, d.resumed === true ? " استأنف التغطية المباشرة في " : " بدأ التغطية المباشرة في ", ...article()];
      break;
    case "live.end":
      parts = [actor, " أنهى التغطية المباشرة في ", ...article()];
      break;
    case "live.update_add":
    case "live.update_edit":
    case "live.update_delete": {
      const verb = action === "live.update_add" ? " أضاف تحديثاً مباشراً إلى " : action === "live.update_edit" ? " عدّل تحديثاً مباشراً في " : " حذف تحديثاً مباشراً من ";
      parts = [actor, verb, ...article()];
      const excerpt = str(d.excerpt);
      if (excerpt) details.push(`التحديث: ${quoted(excerpt)}`);
      if (d.keyEvent === true) details.push(action === "live.update_edit" ? "صار حدثاً رئيسياً" : "حدث رئيسي");
      if (d.keyEvent === false && action === "live.update_edit") details.push("لم يعد حدثاً رئيسياً");
      break;
    }
    case "correction.add":
      parts = [actor, " أضاف تصحيحاً إلى ", ...article()];
      if (str(d.text)) details.push(`النص: ${quoted(str(d.text)!)}`);
      break;
    case "correction.edit":
      parts = [actor, " عدّل تصحيحاً على ", ...article()];
      if (str(d.from) && d.from !== d.text) details.push(`كان: ${quoted(str(d.from)!)}`);
      if (str(d.text) && d.from !== d.text) details.push(`صار: ${quoted(str(d.text)!)}`);
      if (typeof d.placement === "string" && d.placement !== d.placementFrom) details.push(d.placement === "start" ? "نُقل إلى أول المقال" : "نُقل إلى آخر المقال");
      break;
    case "correction.withdraw":
      parts = [actor, " سحب تصحيحاً من ", ...article()];
      if (str(d.text)) details.push(`التصحيح: ${quoted(str(d.text)!)}`);
      break;
    case "comment.approve":
      parts = [actor, " قبل ", ...comment()];
      break;
    case "comment.reject":
      parts = [actor, " رفض ", ...comment()];
      break;
    case "comment.spam":
      parts = [actor, " صنّف ", ...comment(), " مزعجاً"];
      break;
    case "comment.block": {
      const days = num(d.days);
      parts = [actor, d.kind === "name" ? " حظر اسم كاتب " : " حظر جهاز كاتب ", ...comment(), days ? ` لمدة ${counted(days, DAYS)}` : ""];
      break;
    }
    case "comment.settings":
      if (e.entityType === "article") {
        parts = [actor, " غيّر سياسة التعليقات في ", ...article()];
        const p = str(d.commentPolicy) ?? "default";
        details.push(`صارت: ${POLICY[p] ?? POLICY.default}`);
      } else {
        parts = [actor, " عدّل ", { text: "إعدادات التعليقات", href: "/admin/comments/settings" }];
        for (const [k, v] of Object.entries(d)) {
          const label = COMMENT_SETTINGS[k];
          if (!label) continue;
          if (k === "commentPolicy" && typeof v === "string") details.push(`${label}: ${POLICY[v] ?? POLICY.default}`);
          else if (k === "commentAutoCloseDays") details.push(num(v) ? `${label} ${counted(num(v)!, DAYS)}` : `${label}: أبداً`);
          else if (k === "reportThreshold" && num(v) != null) details.push(`${label}: ${num(v)}`);
        }
      }
      break;
    case "section.create":
    case "section.update":
    case "section.delete":
      parts = [actor, verb(action), ...taxon(refs.sections, "قسم", "/admin/sections")];
      break;
    case "tag.create":
    case "tag.update":
    case "tag.delete":
      parts = [actor, verb(action), ...taxon(refs.tags, "وسم", "/admin/tags")];
      break;
    case "tag.merge": {
      const into = num(d.into);
      const kept = into == null ? undefined : refs.tags.get(into);
      parts = [actor, " دمج وسم ", quoted(str(d.name) ?? "محذوف"), " في ", kept ? { text: kept.name, href: "/admin/tags" } : quoted(str(d.intoName) ?? "وسم محذوف")];
      const moved = num(d.moved);
      if (moved != null) details.push(`نُقلت ${counted(moved, { zero: "لا مقالات", one: "مقالة واحدة", two: "مقالتان", few: "# مقالات", many: "# مقالة", other: "# مقالة" })}`);
      break;
    }
    case "supplement.create":
    case "supplement.update":
    case "supplement.delete":
      parts = [actor, verb(action), ...taxon(refs.supplements, "ملحق", "/admin/supplements")];
      break;
    case "author.create":
    case "author.update":
    case "author.delete":
      parts = [actor, verb(action), ...taxon(refs.authors, "الكاتب", "/admin/authors")];
      break;
    case "media.upload": {
      const m = n == null ? undefined : refs.media.get(n);
      parts = [actor, " رفع ", m ? { text: "صورة", href: `/admin/media/${n}` } : "صورة حُذفت لاحقاً"];
      break;
    }
    case "media.edit":
    case "media.focus":
    case "media.delete": {
      const m = n == null ? undefined : refs.media.get(n);
      const name = str(d.name) ?? str(d.path)?.split("/").at(-1);
      const pic: Part = m ? { text: `صورة ${name ?? ""}`.trim(), href: `/admin/media/${n}` } : `صورة ${name ?? "محذوفة"}`;
      parts = [actor, action === "media.delete" ? " حذف " : action === "media.focus" ? " غيّر النقطة المحورية لـ" : " عدّل بيانات ", pic];
      if (action === "media.edit" && Array.isArray(d.changed)) {
        const names: Record<string, string> = { alt: "النص البديل", caption: "التعليق", credit: "المصدر" };
        const after = (d.after ?? {}) as Record<string, unknown>;
        for (const k of d.changed) if (typeof k === "string" && names[k]) details.push(`${names[k]}: ${str(after[k]) ? `«${str(after[k])}»` : "حُذف"}`);
      }
      if (action === "media.focus" && Array.isArray(d.to)) details.push(`الموضع الجديد: ${Number(d.to[0])}٪ أفقياً، ${Number(d.to[1])}٪ عمودياً`);
      break;
    }
    case "auth.signin":
      parts = [actor, " دخل إلى لوحة التحرير"];
      if (d.secondFactor === "totp") details.push("بكلمة المرور ورمز من تطبيق التحقق");
      else if (d.secondFactor === "recovery") details.push("بكلمة المرور ورمز استرداد");
      break;
    case "auth.signin_failed":
      parts = id ? ["محاولة دخول فاشلة إلى حساب ", target] : ["محاولة دخول فاشلة بعنوان لا حساب له: ", str(d.email) ?? "غير معروف"];
      if (d.inactive === true) details.push("كلمة المرور صحيحة لكن الحساب معطّل");
      break;
    case "auth.two_factor_failed":
      parts = ["رمز تحقق خاطئ عند دخول ", target];
      break;
    case "auth.recovery_code_used": {
      parts = [actor, " استعمل رمز استرداد للدخول"];
      const left = num(d.left);
      if (left != null) details.push(`بقيت له ${counted(left, { zero: "لا رموز", one: "رمز واحد", two: "رمزان", few: "# رموز", many: "# رمزاً", other: "# رمز" })}`);
      break;
    }
    case "auth.signout":
      parts = [actor, " خرج من لوحة التحرير"];
      break;
    case "auth.session_end":
      parts = [actor, " أنهى إحدى جلساته"];
      break;
    case "auth.sessions_end_others":
      parts = [actor, " أنهى جلساته الأخرى"];
      if (num(d.ended) != null) details.push(counted(num(d.ended)!, SESSIONS));
      break;
    case "auth.password_change":
      parts = [actor, " غيّر كلمة مروره"];
      if (num(d.endedSessions) != null) details.push(counted(num(d.endedSessions)!, SESSIONS));
      break;
    case "auth.password_reset_request":
      parts = ["طُلب رابط لإعادة تعيين كلمة مرور ", target];
      break;
    case "auth.password_reset":
      parts = [actor, " اختار كلمة مرور جديدة برابط إعادة التعيين"];
      if (num(d.endedSessions) != null) details.push(counted(num(d.endedSessions)!, SESSIONS));
      break;
    case "auth.two_factor_enable":
      parts = [actor, " فعّل التحقق بخطوتين لحسابه"];
      break;
    case "auth.two_factor_disable":
      parts = [actor, " أوقف التحقق بخطوتين لحسابه"];
      break;
    case "auth.two_factor_reset":
      parts = [actor, " أعاد ضبط التحقق بخطوتين لحساب ", target];
      if (num(d.endedSessions) != null) details.push(counted(num(d.endedSessions)!, SESSIONS));
      break;
    case "auth.recovery_codes":
      parts = [actor, " أصدر رموز استرداد جديدة لحسابه"];
      break;
    case "staff.create":
      parts = [actor, " أنشأ حساب ", target, ` بدور ${role(d.role)}`];
      break;
    case "staff.role":
      parts = [actor, " غيّر دور ", target, ` من ${role(d.from)} إلى ${role(d.to)}`];
      break;
    case "staff.deactivate":
      parts = [actor, " عطّل حساب ", target];
      break;
    case "staff.activate":
      parts = [actor, " فعّل حساب ", target];
      break;
    case "staff.sessions_end":
      parts = [actor, " أنهى جلسات ", target];
      if (num(d.ended) != null) details.push(counted(num(d.ended)!, SESSIONS));
      break;
    case "staff.invite":
      parts = [actor, " دعا ", invitation(), ` للانضمام بدور ${role(d.role)}`];
      break;
    case "staff.invite_resend":
      parts = [actor, " أعاد إرسال دعوة ", invitation()];
      break;
    case "staff.invite_revoke":
      parts = [actor, " ألغى دعوة ", invitation()];
      break;
    case "staff.invite_accept":
      parts = [actor, ` قبل دعوته وأنشأ حسابه بدور ${role(d.role)}`];
      break;
    case "settings.update": {
      parts = [actor, " عدّل ", { text: "إعدادات الموقع", href: "/admin/settings" }];
      const changes = d.changes && typeof d.changes === "object" ? (d.changes as Record<string, unknown>) : null;
      // Older entries hold every value saved; newer ones only what changed ({key: [before, after]}).
      for (const [k, v] of Object.entries(changes ?? d)) {
        const label = SETTINGS[k] ?? "إعدادات أخرى";
        const pair = changes && Array.isArray(v) ? v : [undefined, v];
        const show = (x: unknown) =>
          k === "twoFactorRequiredFor" && typeof x === "string" ? (TWO_FACTOR_POLICY[x] ?? null) : k === "logoId" ? (typeof x === "number" ? "صورة" : "بلا صورة") : shortValue(x);
        const before = pair[0] === undefined ? null : show(pair[0]);
        const after = show(pair[1]);
        const line = before && after ? `${label}: ${before} ← ${after}` : after ? `${label}: ${after}` : label;
        if (!details.includes(line)) details.push(line);
      }
      if (changes && Object.keys(changes).length === 0) details.push("حُفظت دون تغيير");
      break;
    }
    case "mail.retry": {
      const m = n == null ? undefined : refs.mail.get(n);
      parts = [actor, " أعاد إرسال ", m ? { text: `رسالة «${m.subject}» إلى ${m.to}`, href: "/admin/outbox" } : "رسالة بريد حُذفت"];
      details.push(d.to === "queue" ? "عادت إلى طابور الإرسال" : "نُقلت إلى الصندوق المحلي");
      break;
    }
    case "apikey.create":
    case "apikey.revoke": {
      const k = n == null ? undefined : refs.apiKeys.get(n);
      const name = k?.name ?? str(d.name);
      const key: Part = name ? { text: `«${name}»`, href: "/admin/api-keys" } : "مفتاحاً محذوفاً";
      parts = [actor, action === "apikey.create" ? " أنشأ مفتاح الواجهة البرمجية " : " ألغى مفتاح الواجهة البرمجية ", key];
      const origins = Array.isArray(d.origins) ? d.origins.filter((o): o is string => typeof o === "string") : [];
      if (action === "apikey.create") details.push(origins.length ? `الأصول المسموح بها في المتصفح: ${origins.map(quoted).join("، ")}` : "لا يُقبل من المتصفحات");
      break;
    }
    case "webhook.create":
    case "webhook.update":
    case "webhook.pause":
    case "webhook.resume":
    case "webhook.delete":
    case "webhook.rotate":
    case "webhook.resend": {
      // The endpoint by what it was called then (its name, else its address); deleted ones have no page.
      const label = quoted(str(d.name) ?? str(d.url) ?? "وجهة محذوفة");
      const endpoint: Part = action === "webhook.delete" || n == null ? label : { text: label, href: `/admin/webhooks/${n}` };
      const verbs: Record<typeof action, string> = {
        "webhook.create": " سجّل وجهة الإشعارات ",
        "webhook.update": " عدّل وجهة الإشعارات ",
        "webhook.pause": " أوقف مؤقتاً وجهة الإشعارات ",
        "webhook.resume": " استأنف وجهة الإشعارات ",
        "webhook.delete": " حذف وجهة الإشعارات ",
        "webhook.rotate": " غيّر سرّ التوقيع لوجهة الإشعارات ",
        "webhook.resend": " أعاد إرسال إشعار إلى ",
      };
      parts = [actor, verbs[action], endpoint];
      const url = str(d.url);
      if (url && str(d.name) && action !== "webhook.update") details.push(`العنوان: ${quoted(url)}`);
      if (action === "webhook.update" && url && str(d.urlFrom) && d.urlFrom !== url) details.push(`العنوان: ${quoted(String(d.urlFrom))} ← ${quoted(url)}`);
      const events = Array.isArray(d.events) ? d.events.filter((x): x is string => typeof x === "string") : [];
      if ((action === "webhook.create" || action === "webhook.update") && events.length) details.push(`الأحداث: ${events.map((x) => WEBHOOK_EVENT_LABELS[x as WebhookEvent] ?? x).join("، ")}`);
      if (action === "webhook.resend" && str(d.event)) details.push(`الحدث: ${WEBHOOK_EVENT_LABELS[d.event as WebhookEvent] ?? String(d.event)}`);
      break;
    }
    case "front.save":
    case "front.publish":
    case "front.schedule":
    case "front.unschedule":
    case "front.publish_scheduled":
    case "front.restore": {
      const front: Part = { text: "ترتيب الصفحة الأولى", href: action === "front.save" ? "/admin/front" : "/admin/front/history" };
      const at = typeof d.at === "string" && !Number.isNaN(Date.parse(d.at)) ? formatArabicDateTime(new Date(d.at)) : null;
      const verbs: Record<typeof action, string> = {
        "front.save": " حفظ مسودة ",
        "front.publish": " نشر ",
        "front.schedule": " جدول ",
        "front.unschedule": " ألغى جدولة ",
        "front.publish_scheduled": " نشر في موعده ",
        "front.restore": " استعاد ترتيباً سابقاً: ",
      };
      parts = [actor, verbs[action], front];
      if (at && action === "front.schedule") details.push(`موعد النشر: ${at}`);
      if (at && action === "front.restore") details.push(`الترتيب المنشور في ${at}`);
      if (typeof d.lead === "string" && d.lead) details.push(`الخبر الرئيسي: «${d.lead}»`);
      break;
    }
    case null:
      // A kind this version does not know (written by a newer one): say so, in Arabic.
      parts = [actor, " قام بإجراء لا تعرفه هذه النسخة من السجل"];
      break;
  }
  if (typeof d.reason === "string" && d.reason && (e.entityType === "comment" || e.entityType === "article")) details.push(`السبب: ${d.reason}`);
  if (["section", "tag", "supplement", "author"].includes(e.entityType)) {
    if (typeof d.nameFrom === "string" && d.nameFrom !== d.name) details.push(`الاسم: «${d.nameFrom}» ← «${String(d.name ?? "")}»`);
    if (typeof d.slugFrom === "string" && d.slugFrom !== d.slug) details.push(`الرابط المختصر: ${d.slugFrom} ← ${String(d.slug ?? "")}`);
  }
  return { parts, details };
}

function verb(action: AuditAction): string {
  if (action.endsWith(".create")) return " أضاف ";
  if (action.endsWith(".delete")) return " حذف ";
  return " عدّل ";
}

/** The sentence as plain text (tests, and the page's accessible names). */
export function sentenceText(s: Sentence): string {
  return s.parts.map((p) => (typeof p === "string" ? p : p.text)).join("");
}

/** Every kind has its own sentence: a test renders each with empty refs. */
export const ALL_KINDS = Object.keys(AUDIT_KINDS) as AuditAction[];
